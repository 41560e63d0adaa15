package kz.migration.permit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.Eligibility;
import kz.migration.permit.domain.Finding;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitDeadlines;
import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.StateFee;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/**
 * Review and decision: the officer takes an application, decides it after the automatic checks, and the quota saga
 * answers. A quota category reserves a unit of its start year and then awaits the fee; a transfer is issued at once.
 */
@ApplicationScoped
public class PermitReviewService {

    static final String SYSTEM_ROLE = "system";
    private static final String QUOTA_SERVICE = "quota-service";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    DocumentVerificationRepository verifications;

    @Inject
    EligibilityFacts facts;

    @Inject
    Eligibility eligibility;

    @Inject
    StateFee fees;

    @Inject
    PermitDeadlines deadlines;

    @Inject
    PermitIssuance issuance;

    @Inject
    PermitEvents events;

    @Inject
    PermitViews views;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The officer takes an application of the region for review (PermitReviewStarted with the deadline). */
    @Transactional
    @Audited("permit-application.start-review")
    public PermitApplicationView startReview(UUID id) {
        PermitApplication application = lockAccessible(id);
        transitions.persist(application.startReview(caller.subject(), caller.role(), clock.instant()));
        events.reviewStarted(application, caller.subject());
        return views.view(application);
    }

    @Transactional
    @Audited("permit-application.decide")
    public PermitApplicationView decide(UUID id, DecisionRequest request) {
        PermitApplication application = lockAccessible(id);
        boolean refusing = request.decision() == DecisionRequest.Decision.REFUSE;
        application.requireUnderReview(refusing);
        Instant now = clock.instant();
        if (refusing) {
            transitions.persist(application.refuseOn(request.grounds(), reasonOr(request.reason(),
                    String.join(", ", request.grounds().stream().map(Enum::name).toList())), caller.subject(),
                    caller.role(), now));
            events.refused(application);
            return views.view(application);
        }
        DocumentVerification document = verifications.forApplication(id).orElseThrow();
        if (!document.answered()) {
            throw new ProblemException(PermitProblems.DOCUMENT_CHECK_PENDING,
                    "The MFA has not answered document check " + document.id + " yet")
                    .with("documentVerificationId", document.id.toString());
        }
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = eligibility.atApproval(facts.forApproval(application, document, today));
        if (!findings.isEmpty()) {
            transitions.persist(application.refuse(findings, caller.subject(), caller.role(), now));
            events.refused(application);
            return views.view(application, document.status);
        }
        // Assessed before any change: a year without an MCI refuses the approval (503) and changes nothing.
        Optional<BigDecimal> fee = fees.amount(application.category, application.region,
                application.termDays, today);
        transitions.persist(application.approve(today, fee, caller.subject(), caller.role(), now,
                reasonOr(request.reason(), "approved")));
        switch (application.afterApproval()) {
            case RESERVE_QUOTA_UNIT -> events.approved(application);
            case AWAIT_FEE -> awaitFee(application, caller.subject(), caller.role(), "approved");
            case ISSUE -> issuance.issue(application, today, caller.subject(), caller.role(),
                    "issued on approval: no state fee and outside the quota");
        }
        return views.view(application, document.status);
    }

    /**
     * quota-service reserved the unit: the fee is now due. Redeliveries find nothing to do. True when the
     * reservation is a new permit's (whatever its status now), so no renewal or labour-immigrant permit holds it.
     */
    @Transactional
    @Audited(value = "permit-application.quota-reserved", idFrom = "applicationId")
    public boolean onQuotaReserved(QuotaReserved reserved) {
        Optional<PermitApplication> owner = applications.findByReservation(reserved.reservationId());
        owner.filter(application -> application.status == PermitStatus.APPROVED)
                .ifPresent(application -> awaitFee(application, QUOTA_SERVICE, SYSTEM_ROLE,
                        "quota unit reserved, " + reserved.free() + " left"));
        return owner.isPresent();
    }

    /**
     * quota-service had no unit left: the application is refused on QUOTA_EXHAUSTED; nothing to release. True when
     * the reservation is a new permit's, as for {@link #onQuotaReserved}.
     */
    @Transactional
    @Audited(value = "permit-application.quota-rejected", idFrom = "applicationId")
    public boolean onQuotaRejected(QuotaRejected rejected) {
        Optional<PermitApplication> owner = applications.findByReservation(rejected.reservationId());
        owner.filter(application -> application.status == PermitStatus.APPROVED).ifPresent(application -> {
            transitions.persist(application.refuse(List.of(Finding.of("permit.refusal.grounds",
                    PermitRefusalGround.QUOTA_EXHAUSTED, "no quota left for " + rejected.year() + "/"
                            + rejected.region() + "/" + rejected.category() + ": " + rejected.reason())),
                    QUOTA_SERVICE, SYSTEM_ROLE, clock.instant()));
            events.refused(application);
        });
        return owner.isPresent();
    }

    private void awaitFee(PermitApplication application, String actor, String role, String reason) {
        LocalDate today = LocalDate.now(clock);
        if (application.feeAmount == null) {
            // Approved by a release that assessed the fee only when the unit was reserved.
            application.feeAmount = fees.amount(application.category, application.region, application.termDays,
                    today).orElseThrow();
        }
        LocalDate due = deadlines.feeDue(today, application.yearOrZero());
        transitions.persist(application.awaitFee(due, actor, role, clock.instant(), reason));
        events.feeDue(application);
    }

    private PermitApplication lockAccessible(UUID id) {
        PermitApplication application = applications.lock(id).orElse(null);
        return caller.requireAccess(application, application == null ? null : application.employerBin,
                application == null ? null : application.region, "Permit application", id);
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
