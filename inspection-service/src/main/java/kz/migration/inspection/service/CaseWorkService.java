package kz.migration.inspection.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.inspection.api.CaseView;
import kz.migration.inspection.api.FindingRequest;
import kz.migration.inspection.api.LiftHoldRequest;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.Finding;
import kz.migration.inspection.domain.HoldLiftReason;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.InspectionProblems;
import kz.migration.inspection.domain.TerminationHold;
import kz.migration.inspection.domain.WageVerdict;
import kz.migration.inspection.repository.CaseRepository;

/**
 * The inspector works a case of the region: opens the inspection, records the finding (a confirmed violation goes on
 * the register; a settled case lifts its hold), or lifts the hold earlier. A retry of the same step answers the case
 * as it is and changes nothing.
 */
@ApplicationScoped
public class CaseWorkService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    CaseQueries queries;

    @Inject
    ComplianceRegister register;

    @Inject
    InspectionEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited("case.open-inspection")
    public CaseView openInspection(UUID id) {
        InspectionCase c = access.visibleForUpdate(id);
        if (c.status != CaseStatus.UNDER_INSPECTION || !caller.subject().equals(c.inspector)) {
            c.openInspection(caller.subject(), clock.instant());
            cases.flush();
        }
        return queries.view(c);
    }

    @Transactional
    @Audited("case.decide")
    public CaseView decide(UUID id, FindingRequest request) {
        InspectionCase c = access.visibleForUpdate(id);
        Finding finding = request.finding();
        if (c.status == finding.outcome().status() && c.legalGround == finding.legalGround()) {
            return queries.view(c);
        }
        Instant now = clock.instant();
        c.decide(finding, caller.subject(), now);
        if (c.status == CaseStatus.VIOLATION_CONFIRMED) {
            int missing = (int) cases.evidence(c.id).stream().filter(e -> e.verdict == WageVerdict.MISSING).count();
            int unpaid = Math.max(missing, c.unpaidMonths == null ? 0 : c.unpaidMonths);
            register.record(c, unpaid, LocalDate.now(clock), now);
        }
        if (c.settled()) {
            cases.hold(c.id).filter(TerminationHold::inForce).ifPresent(hold -> {
                hold.lift("system:inspection-service", HoldLiftReason.CASE_CLOSED, null, now);
                events.holdLifted(hold);
            });
        }
        cases.flush();
        return queries.view(c);
    }

    @Transactional
    @Audited("case.lift-termination-hold")
    public CaseView liftHold(UUID id, LiftHoldRequest request) {
        InspectionCase c = access.visibleForUpdate(id);
        TerminationHold hold = cases.hold(c.id).orElseThrow(() -> new ProblemException(InspectionProblems.NO_HOLD,
                "Case " + c.caseNumber + " has no termination hold"));
        if (!hold.inForce() && hold.liftReason == HoldLiftReason.LIFTED_BY_INSPECTOR
                && request.note().equals(hold.liftNote)) {
            return queries.view(c);
        }
        hold.lift(caller.subject(), HoldLiftReason.LIFTED_BY_INSPECTOR, request.note(), clock.instant());
        events.holdLifted(hold);
        cases.flush();
        return queries.view(c);
    }
}
