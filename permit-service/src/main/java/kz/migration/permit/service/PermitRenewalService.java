package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.RenewalView;
import kz.migration.permit.domain.Finding;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitDeadlines;
import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.PermitRenewal;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.RenewalPolicy;
import kz.migration.permit.domain.RenewalStatus;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitRenewalRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/**
 * Renewal of an issued permit ({@link RenewalPolicy}): requested inside the window, decided by the region's officer
 * within 3 working days, then a quota unit of the renewal year is reserved through the same saga as a new permit
 * (purpose RENEWAL) before the validity is extended. A transfer is renewed at once, outside the quota.
 */
@ApplicationScoped
public class PermitRenewalService {

    static final String PURPOSE_RENEWAL = "RENEWAL";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitRenewalRepository renewals;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    RenewalPolicy policy;

    @Inject
    PermitDeadlines deadlines;

    @Inject
    EligibilityFacts facts;

    @Inject
    EntryBanService entryBans;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    @Audited("permit-renewal.apply")
    public IdempotencyKeys.Outcome<RenewalView> apply(String number, String idempotencyKey) {
        String bin = caller.employerBin();
        return idempotency.once("renew-permit:" + bin, idempotencyKey, Map.of("permitNumber", number),
                RenewalView.class, () -> register(number));
    }

    private RenewalView register(String number) {
        PermitApplication permit = applications.lockByPermitNumber(number).orElse(null);
        caller.requireAccess(permit, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, "Permit", number);
        if (permit.status != PermitStatus.ISSUED) {
            throw ProblemException.conflict("Only an issued permit can be renewed; " + number + " is " + permit.status)
                    .with("currentStatus", permit.status.name());
        }
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>(policy.check(permit, today, facts.ban(permit.employerBin, today)));
        entryBans.refusal(permit.workerPassportNumber, permit.workerCitizenship, today).ifPresent(findings::add);
        if (!findings.isEmpty()) {
            throw RefusalProblems.of(findings);
        }
        if (renewals.hasOpenRenewal(permit.id)) {
            throw ProblemException.conflict("Permit " + number + " already has a renewal in progress");
        }
        PermitRenewal renewal = PermitRenewal.request(permit, policy, deadlines.renewalDecision(today),
                clock.instant());
        renewals.persist(renewal);
        return view(renewal, permit);
    }

    @Audited(value = "permit-renewal.read", read = true)
    public RenewalView get(UUID id) {
        PermitRenewal renewal = renewals.findById(id);
        PermitApplication permit = renewal == null ? null : applications.findById(renewal.applicationId);
        caller.requireAccess(renewal, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, "Renewal", id);
        return view(renewal, permit);
    }

    @Transactional
    @Audited("permit-renewal.decide")
    public RenewalView decide(UUID id, DecisionRequest request) {
        PermitRenewal renewal = renewals.lock(id).orElse(null);
        PermitApplication permit = renewal == null ? null : applications.lock(renewal.applicationId).orElseThrow();
        caller.requireAccess(renewal, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, "Renewal", id);
        renewal.requireUndecided();
        if (request.decision() == DecisionRequest.Decision.APPROVE && permit.status != PermitStatus.ISSUED) {
            throw ProblemException.conflict("Permit " + permit.permitNumber + " is " + permit.status
                    + "; a renewal of a permit that is no longer in force can only be refused")
                    .with("permitStatus", permit.status.name());
        }
        renewal.decided(caller.subject(), clock.instant());
        if (request.decision() == DecisionRequest.Decision.REFUSE) {
            refuse(renewal, permit, request.grounds());
            return view(renewal, permit);
        }
        if (facts.ban(permit.employerBin, LocalDate.now(clock)).isPresent()) {
            refuse(renewal, permit, List.of(PermitRefusalGround.EMPLOYER_BANNED));
            return view(renewal, permit);
        }
        if (entryBans.refusal(permit.workerPassportNumber, permit.workerCitizenship, LocalDate.now(clock))
                .isPresent()) {
            refuse(renewal, permit, List.of(PermitRefusalGround.WORKER_ENTRY_BANNED));
            return view(renewal, permit);
        }
        renewal.approve(permit);
        if (renewal.status == RenewalStatus.APPROVED) {
            outbox.append(permit.id.toString(), new PermitApproved(renewal.reservationId, permit.id, PURPOSE_RENEWAL,
                    permit.employerBin, permit.region, permit.category.name(), renewal.quotaYear,
                    permit.workerCitizenship, permit.occupationCode, clock.instant()));
        } else {
            renew(renewal, permit, caller.subject(), caller.role());
        }
        return view(renewal, permit);
    }

    /**
     * The renewal year's unit is reserved: the permit is extended (or the unit released if it ended meanwhile). True
     * when the reservation is a renewal's.
     */
    @Transactional
    public boolean onQuotaReserved(QuotaReserved reserved) {
        Optional<PermitRenewal> owner = renewals.findByReservation(reserved.reservationId());
        owner.filter(renewal -> renewal.status == RenewalStatus.APPROVED).ifPresent(renewal -> {
            PermitApplication permit = applications.lock(renewal.applicationId).orElseThrow();
            if (permit.status == PermitStatus.ISSUED) {
                renew(renewal, permit, "quota-service", PermitReviewService.SYSTEM_ROLE);
            } else {
                renewal.moveTo(RenewalStatus.REFUSED);
                outbox.append(permit.id.toString(), new PermitWithdrawn(permit.id, renewal.reservationId,
                        permit.employerBin, permit.region, permit.category.name(), renewal.quotaYear,
                        clock.instant()));
            }
        });
        return owner.isPresent();
    }

    /** quota-service had no unit left for the renewal year: refused. True when the reservation is a renewal's. */
    @Transactional
    public boolean onQuotaRejected(QuotaRejected rejected) {
        Optional<PermitRenewal> owner = renewals.findByReservation(rejected.reservationId());
        owner.filter(renewal -> renewal.status == RenewalStatus.APPROVED)
                .ifPresent(renewal -> refuse(renewal, applications.findById(renewal.applicationId),
                        List.of(PermitRefusalGround.QUOTA_EXHAUSTED)));
        return owner.isPresent();
    }

    private void renew(PermitRenewal renewal, PermitApplication permit, String actor, String role) {
        Instant now = clock.instant();
        renewal.moveTo(RenewalStatus.RENEWED);
        transitions.persist(permit.renew(renewal, actor, role, now));
        outbox.append(permit.id.toString(), new PermitRenewed(permit.permitNumber, renewal.reservationId,
                permit.employerBin, permit.region, permit.category.name(), permit.occupationCode,
                renewal.newValidFrom, renewal.newValidTo, permit.renewalCount, renewal.quotaYear, now));
    }

    private void refuse(PermitRenewal renewal, PermitApplication permit, List<PermitRefusalGround> grounds) {
        renewal.refuse(grounds);
        outbox.append(permit.id.toString(), new PermitRefused(permit.id, null, permit.employerBin, permit.region,
                permit.category.name(), renewal.quotaYear(), grounds.stream().map(Enum::name).toList(),
                clock.instant()));
    }

    private static RenewalView view(PermitRenewal r, PermitApplication permit) {
        return new RenewalView(r.id, permit.permitNumber, r.status, r.submittedAt, r.decisionDeadline,
                r.newValidFrom, r.newValidTo, r.grounds(), r.decidedAt);
    }
}
