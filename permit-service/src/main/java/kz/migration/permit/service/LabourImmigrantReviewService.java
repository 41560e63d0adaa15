package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.InternalAffairsAnswer;
import kz.migration.permit.api.LabourImmigrantAgreementRequest;
import kz.migration.permit.api.LabourImmigrantDecisionRequest;
import kz.migration.permit.api.LabourImmigrantPermitView;
import kz.migration.permit.api.LabourImmigrantVerdict;
import kz.migration.permit.domain.InternalAffairsAgreement;
import kz.migration.permit.domain.LabourImmigrantEligibility;
import kz.migration.permit.domain.LabourImmigrantFinding;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LocalExecutiveDecision;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;

/**
 * Requests filed with the local executive body (from 13 April 2026): the internal affairs bodies agree or not, then
 * the body of the region decides. An approval makes the tax due; a refusal ends the request.
 */
@ApplicationScoped
public class LabourImmigrantReviewService {

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    LabourImmigrantEligibility eligibility;

    @Inject
    LabourImmigrantTaxService taxes;

    @Inject
    LabourImmigrantPermitService service;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The internal affairs bodies' answer; the same answer again changes nothing. */
    @Transactional
    @Audited("labour-immigrant-permit.agreement")
    public LabourImmigrantPermitView answer(UUID id, LabourImmigrantAgreementRequest request) {
        LabourImmigrantPermit permit = permits.lock(id)
                .orElseThrow(() -> ProblemException.notFound(LabourImmigrantPermitService.REQUEST, id));
        permit.answerAgreement(request.answer() == InternalAffairsAnswer.AGREE
                ? InternalAffairsAgreement.AGREED
                : InternalAffairsAgreement.NOT_AGREED, request.reason(), clock.instant());
        return service.view(permit);
    }

    /** The decision of the region's local executive body; the same decision again changes nothing. */
    @Transactional
    @Audited("labour-immigrant-permit.decide")
    public LabourImmigrantPermitView decide(UUID id, LabourImmigrantDecisionRequest request) {
        LabourImmigrantPermit permit = permits.lock(id).orElse(null);
        caller.requireAccess(permit, null, permit == null ? null : permit.region,
                LabourImmigrantPermitService.REQUEST, id);
        LocalExecutiveDecision decision = request.decision() == LabourImmigrantVerdict.APPROVE
                ? LocalExecutiveDecision.APPROVED
                : LocalExecutiveDecision.REFUSED;
        List<LabourImmigrantFinding> findings = new ArrayList<>();
        permit.refusalOf(decision).ifPresent(findings::add);
        if (decision == LocalExecutiveDecision.APPROVED && permit.decision == null) {
            findings.addAll(eligibility.checkApproval(permit, taxes.dueDate(LocalDate.now(clock))));
        }
        LabourImmigrantRefusals.requireNone(findings);
        Instant now = clock.instant();
        if (permit.decide(decision, request.reason(), caller.subject(), now)) {
            if (decision == LocalExecutiveDecision.APPROVED) {
                taxes.firstMonthsFallDue(permit);
            } else {
                outbox.append(permit.id.toString(), permit.refusedByDecision(now));
            }
        }
        return service.view(permit);
    }
}
