package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.calendar.WorkingDayCalendar;
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
import kz.migration.permit.config.PermitRules;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.PermitRenewal;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.PermitTransition;
import kz.migration.permit.domain.RenewalStatus;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitRenewalRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/**
 * Renewal of an issued permit (DESIGN.md §3): applied for 60 to 30 days before the last day, only as often as the
 * category allows, decided by the region's officer within 3 working days, then a quota unit of the renewal year
 * is reserved through the same saga as a new permit (purpose RENEWAL) before the validity is extended.
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
    PermitApplicationService applicationService;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    PermitRules rules;

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
        PermitRules.Renewal window = rules.renewal();
        LocalDate opens = permit.validTo.minusDays(window.windowOpensDaysBefore());
        LocalDate closes = permit.validTo.minusDays(window.windowClosesDaysBefore());
        if (today.isBefore(opens) || today.isAfter(closes)) {
            throw new ProblemException(PermitProblems.RENEWAL_OUTSIDE_WINDOW, "Permit " + number + " valid to "
                    + permit.validTo + " may be renewed from " + opens + " to " + closes)
                    .with("windowOpens", opens.toString()).with("windowCloses", closes.toString());
        }
        PermitRules.CategoryRule rule = rules.category(permit.category);
        if (permit.renewalCount >= rule.maxRenewals()) {
            throw new ProblemException(PermitProblems.RENEWAL_NOT_ALLOWED, "A " + permit.category
                    + " permit may be renewed " + rule.maxRenewals() + " time(s); this one was renewed "
                    + permit.renewalCount).with("maxRenewals", rule.maxRenewals());
        }
        LocalDate newFrom = permit.validTo.plusDays(1);
        LocalDate newTo = newFrom.plusDays(rule.renewalTermDays() - 1L);
        long totalDays = ChronoUnit.DAYS.between(permit.validFrom, newTo) + 1;
        if (rule.maxTotalDays().isPresent() && totalDays > rule.maxTotalDays().get()) {
            throw new ProblemException(PermitProblems.RENEWAL_NOT_ALLOWED, "A " + permit.category + " permit may run "
                    + rule.maxTotalDays().get() + " days in total; renewed it would run " + totalDays)
                    .with("maxTotalDays", rule.maxTotalDays().get());
        }
        if (permit.workerPassportExpiry.isBefore(newTo)) {
            throw new ProblemException(PermitProblems.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on "
                    + permit.workerPassportExpiry + ", before the renewed permit would end on " + newTo)
                    .with("termEnds", newTo.toString());
        }
        applications.activeBan(permit.employerBin, today).ifPresent(ban -> {
            throw applicationService.banned(ban);
        });
        if (renewals.hasOpenRenewal(permit.id)) {
            throw ProblemException.conflict("Permit " + number + " already has a renewal in progress");
        }
        PermitRenewal renewal = new PermitRenewal();
        renewal.id = UUID.randomUUID();
        renewal.applicationId = permit.id;
        renewal.status = RenewalStatus.SUBMITTED;
        renewal.submittedAt = clock.instant();
        renewal.decisionDeadline = calendar.plusWorkingDays(today, window.decisionWorkingDays());
        renewal.newValidFrom = newFrom;
        renewal.newValidTo = newTo;
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
        // Decided once: refusing an approved renewal would strand its reserved quota unit (see the application's).
        if (renewal.status != RenewalStatus.SUBMITTED) {
            throw ProblemException.conflict("Only a submitted renewal can be decided; this one is " + renewal.status)
                    .with("currentStatus", renewal.status.name());
        }
        if (request.decision() == DecisionRequest.Decision.APPROVE && permit.status != PermitStatus.ISSUED) {
            throw ProblemException.conflict("Permit " + permit.permitNumber + " is " + permit.status
                    + "; a renewal of a permit that is no longer in force can only be refused")
                    .with("permitStatus", permit.status.name());
        }
        renewal.decidedBy = caller.subject();
        renewal.decidedAt = clock.instant();
        if (request.decision() == DecisionRequest.Decision.REFUSE) {
            refuse(renewal, permit, request.grounds());
            return view(renewal, permit);
        }
        renewal.status.requireTransitionTo(RenewalStatus.APPROVED);
        if (applications.activeBan(permit.employerBin, LocalDate.now(clock)).isPresent()) {
            refuse(renewal, permit, List.of(PermitRefusalGround.EMPLOYER_BANNED));
            return view(renewal, permit);
        }
        if (permit.category.countsAgainstQuota()) {
            renewal.reservationId = UUID.randomUUID();
            renewal.quotaYear = renewal.newValidFrom.getYear();
            renewal.moveTo(RenewalStatus.APPROVED);
            outbox.append(permit.id.toString(), new PermitApproved(renewal.reservationId, permit.id, PURPOSE_RENEWAL,
                    permit.employerBin, permit.region, permit.category.name(), renewal.quotaYear,
                    permit.workerCitizenship, permit.occupationCode, clock.instant()));
        } else {
            renewal.quotaYear = renewal.newValidFrom.getYear();
            renew(renewal, permit, caller.subject(), caller.role());
        }
        return view(renewal, permit);
    }

    /** The renewal year's unit is reserved: the permit is extended (or the unit released if it ended meanwhile). */
    @Transactional
    public void onQuotaReserved(QuotaReserved reserved) {
        renewals.findByReservation(reserved.reservationId())
                .filter(renewal -> renewal.status == RenewalStatus.APPROVED).ifPresent(renewal -> {
                    PermitApplication permit = applications.lock(renewal.applicationId).orElseThrow();
                    if (permit.status == PermitStatus.ISSUED) {
                        renew(renewal, permit, "quota-service", PermitApplicationService.SYSTEM_ROLE);
                    } else {
                        renewal.moveTo(RenewalStatus.REFUSED);
                        outbox.append(permit.id.toString(), new PermitWithdrawn(permit.id, renewal.reservationId,
                                permit.employerBin, permit.region, permit.category.name(), renewal.quotaYear,
                                clock.instant()));
                    }
                });
    }

    @Transactional
    public void onQuotaRejected(QuotaRejected rejected) {
        renewals.findByReservation(rejected.reservationId())
                .filter(renewal -> renewal.status == RenewalStatus.APPROVED)
                .ifPresent(renewal -> refuse(renewal, applications.findById(renewal.applicationId),
                        List.of(PermitRefusalGround.QUOTA_EXHAUSTED)));
    }

    private void renew(PermitRenewal renewal, PermitApplication permit, String actor, String role) {
        Instant now = clock.instant();
        renewal.moveTo(RenewalStatus.RENEWED);
        permit.validTo = renewal.newValidTo;
        permit.renewalCount++;
        permit.expiryReminded = false;
        // Not a change of state: the permit stays ISSUED, but the renewal belongs in its audit trail.
        transitions.persist(new PermitTransition(permit.id, permit.status, permit.status, actor, role, now,
                "renewed until " + renewal.newValidTo));
        outbox.append(permit.id.toString(), new PermitRenewed(permit.permitNumber, renewal.reservationId,
                permit.employerBin, permit.region, permit.category.name(), permit.occupationCode,
                renewal.newValidFrom, renewal.newValidTo, permit.renewalCount, renewal.quotaYear, now));
    }

    private void refuse(PermitRenewal renewal, PermitApplication permit, List<PermitRefusalGround> grounds) {
        renewal.moveTo(RenewalStatus.REFUSED);
        renewal.refusalGrounds = String.join(",", grounds.stream().map(Enum::name).toList());
        outbox.append(permit.id.toString(), new PermitRefused(permit.id, null, permit.employerBin, permit.region,
                permit.category.name(), renewal.newValidFrom.getYear(),
                grounds.stream().map(Enum::name).toList(), clock.instant()));
    }

    private static RenewalView view(PermitRenewal r, PermitApplication permit) {
        List<PermitRefusalGround> grounds = r.refusalGrounds == null || r.refusalGrounds.isBlank()
                ? List.of()
                : Arrays.stream(r.refusalGrounds.split(",")).map(PermitRefusalGround::valueOf).toList();
        return new RenewalView(r.id, permit.permitNumber, r.status, r.submittedAt, r.decisionDeadline,
                r.newValidFrom, r.newValidTo, grounds, r.decidedAt);
    }
}
