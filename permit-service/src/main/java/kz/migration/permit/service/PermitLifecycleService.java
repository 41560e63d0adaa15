package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitExpiryReminder;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.common.event.permit.PermitTerminated;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.PublicPermitStatus;
import kz.migration.permit.api.RevocationRequest;
import kz.migration.permit.api.TerminationRequest;
import kz.migration.permit.config.PermitRules;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitDeadlines;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.TerminationHold;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;
import kz.migration.permit.repository.TerminationHoldRepository;

/**
 * What happens to a permit after the fee: revocation (a ban only for a violation), early termination, expiry and its
 * reminder, and the lapse of unpaid approvals. The scheduled steps lock their rows with SKIP LOCKED, so two
 * instances never handle the same permit, and re-check the state, so a second run changes nothing.
 */
@ApplicationScoped
public class PermitLifecycleService {

    private static final String WHAT = "Permit";
    static final String JOB_ACTOR = "permit-scheduler";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    kz.migration.permit.repository.LabourImmigrantPermitRepository labourImmigrants;

    @Inject
    PermitViews views;

    @Inject
    PermitDeadlines deadlines;

    @Inject
    Outbox outbox;

    @Inject
    TerminationHoldRepository holds;

    @Inject
    Clock clock;

    @Inject
    PermitRules rules;

    @Inject
    Caller caller;

    @Audited(value = "permit.read", read = true)
    public PermitApplicationView get(String number) {
        PermitApplication permit = applications.findByPermitNumber(number).orElse(null);
        caller.requireAccess(permit, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, WHAT, number);
        return views.view(permit);
    }

    /**
     * Status only, and only to someone who also holds the worker's document number; otherwise the same 404. Covers
     * employer permits (WP-) and labour-immigrant permits (LI-).
     */
    public PublicPermitStatus publicStatus(String number, String document) {
        return applications.findByPermitNumber(number)
                .filter(permit -> permit.validFrom != null && permit.workerPassportNumber.equals(document))
                .map(permit -> new PublicPermitStatus(permit.status.name(), permit.category, permit.validFrom,
                        permit.validTo, permit.region))
                .or(() -> labourImmigrants.findByNumber(number)
                        .filter(permit -> permit.workerPassport.equals(document))
                        .map(permit -> new PublicPermitStatus(permit.status.name(),
                                kz.migration.common.domain.PermitCategory.LABOUR_IMMIGRANT, permit.validFrom,
                                permit.validTo, permit.region)))
                .orElseThrow(() -> ProblemException.notFound(WHAT, number));
    }

    /** An officer of the permit's region revokes it; only a violation bans the employer (RevocationGround). */
    @Transactional
    @Audited("permit.revoke")
    public PermitApplicationView revoke(String number, RevocationRequest request) {
        PermitApplication permit = lockAccessible(number);
        Instant now = clock.instant();
        transitions.persist(permit.revoke(request.ground(), request.reason(), LocalDate.now(clock), rules.banMonths(),
                caller.subject(), caller.role(), now));
        outbox.append(permit.id.toString(), new PermitRevoked(permit.permitNumber, permit.employerBin,
                permit.region, request.ground().name(), permit.bannedUntil, now, request.ground().bansEmployer()));
        return views.view(permit);
    }

    /**
     * The employer or the region's officer reports that the worker returned home; the employer not while a labour
     * inspector's termination hold covers the permit.
     */
    @Transactional
    @Audited("permit.terminate")
    public PermitApplicationView terminateOnReturn(String number, TerminationRequest request) {
        PermitApplication permit = lockAccessible(number);
        TerminationHold.refuseIfHeld(permit, caller.role(), holds.inForceNaming(permit));
        terminate(permit, caller.subject(), caller.role(), "voluntary return: " + request.reason());
        return views.view(permit);
    }

    /** A registered contract ended: an employer permit ends with it. Unknown or already ended permits are left alone. */
    @Transactional
    public void onContractTerminated(ContractTerminated terminated) {
        if (terminated.permitNumber() == null) {
            return;
        }
        applications.lockByPermitNumber(terminated.permitNumber())
                .filter(permit -> permit.status == PermitStatus.ISSUED)
                .ifPresent(permit -> terminate(permit, "contract-registry", PermitReviewService.SYSTEM_ROLE,
                        "contract " + terminated.contractNumber() + " terminated on " + terminated.terminatedOn()
                                + ": " + terminated.reason()));
    }

    private void terminate(PermitApplication permit, String actor, String role, String reason) {
        Instant now = clock.instant();
        transitions.persist(permit.terminate(reason, actor, role, now));
        outbox.append(permit.id.toString(),
                new PermitTerminated(permit.permitNumber, permit.employerBin, permit.region, reason, now));
    }

    /**
     * Approvals whose fee was not paid by the due date lapse and release their quota unit, once the gateway's grace
     * for reporting a payment made on the due date has passed.
     */
    @Transactional
    public int lapseUnpaid() {
        List<PermitApplication> due = applications.claim("status = 'AWAITING_FEE' and fee_due < ?1",
                deadlines.lapsesIfDueBefore(LocalDate.now(clock)), rules.jobs().batchSize());
        for (PermitApplication application : due) {
            Instant now = clock.instant();
            transitions.persist(application.lapse(JOB_ACTOR, PermitReviewService.SYSTEM_ROLE, now));
            outbox.append(application.id.toString(), new PermitLapsed(application.id, application.reservationId,
                    application.employerBin, application.region, application.category.name(),
                    application.yearOrZero(), now));
        }
        return due.size();
    }

    /** Permits past the end of their last day of validity expire, employer and labour-immigrant ones alike. */
    @Transactional
    public int expire() {
        LocalDate today = LocalDate.now(clock);
        List<PermitApplication> due = applications.claim("status = 'ISSUED' and valid_to < ?1", today,
                rules.jobs().batchSize());
        for (PermitApplication permit : due) {
            Instant now = clock.instant();
            transitions.persist(permit.expire(JOB_ACTOR, PermitReviewService.SYSTEM_ROLE, now));
            outbox.append(permit.id.toString(),
                    new PermitExpired(permit.permitNumber, permit.employerBin, permit.region, permit.validTo));
        }
        List<kz.migration.permit.domain.LabourImmigrantPermit> immigrants = labourImmigrants.claimExpired(today,
                rules.jobs().batchSize());
        for (kz.migration.permit.domain.LabourImmigrantPermit permit : immigrants) {
            permit.moveTo(kz.migration.permit.domain.LabourImmigrantPermitStatus.EXPIRED);
            outbox.append(permit.id.toString(),
                    new PermitExpired(permit.permitNumber, null, permit.region, permit.validTo));
        }
        return due.size() + immigrants.size();
    }

    /** One reminder per validity period, when the renewal window opens. */
    @Transactional
    public int remindOfExpiry() {
        LocalDate horizon = LocalDate.now(clock).plusDays(rules.jobs().reminderDaysBefore());
        List<PermitApplication> due = applications.claim(
                "status = 'ISSUED' and not expiry_reminded and valid_to <= ?1", horizon, rules.jobs().batchSize());
        for (PermitApplication permit : due) {
            permit.expiryReminded = true;
            outbox.append(permit.id.toString(), new PermitExpiryReminder(permit.permitNumber, permit.employerBin,
                    permit.region, permit.validTo));
        }
        return due.size();
    }

    private PermitApplication lockAccessible(String number) {
        PermitApplication permit = applications.lockByPermitNumber(number).orElse(null);
        return caller.requireAccess(permit, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, WHAT, number);
    }
}
