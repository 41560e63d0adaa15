package kz.migration.common.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.event.contract.RegistryCheckpointPublished;
import kz.migration.common.event.contract.RegistryHeadAnchored;
import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.event.permit.DocumentVerificationAnswered;
import kz.migration.common.event.permit.DocumentVerificationRequested;
import kz.migration.common.event.permit.LabourImmigrantTaxDue;
import kz.migration.common.event.permit.PermitApplicationSubmitted;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitExpiryReminder;
import kz.migration.common.event.permit.PermitFeeDue;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitReviewStarted;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.common.event.permit.PermitTerminated;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.event.quota.QuotaAllocationChanged;
import kz.migration.common.event.quota.QuotaConsumed;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReleased;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.event.quota.QuotaThresholdReached;
import kz.migration.common.event.vacancy.CandidateHired;
import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.event.vacancy.ReferralOutcomeOverdue;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.common.event.vacancy.VacancyPosted;

/**
 * Every event this system emits: its CloudEvents {@code type}, the topic of the owning service and the payload
 * record. Types are versioned; a breaking payload change is a new constant with {@code .v2}, never an edit.
 * {@code docs/asyncapi.yaml} documents exactly these (a test keeps the two equal).
 */
public enum EventType {

    // One constant per line, grouped by topic and sorted by name (the formatter would re-nest them).
    // @formatter:off
    CANDIDATE_HIRED("kz.migration.vacancy.candidate-hired.v1", Topic.VACANCY, CandidateHired.class),
    LABOUR_MARKET_TEST_PASSED("kz.migration.vacancy.labour-market-test-passed.v1", Topic.VACANCY, LabourMarketTestPassed.class),
    REFERRAL_OUTCOME_OVERDUE("kz.migration.vacancy.referral-outcome-overdue.v1", Topic.VACANCY, ReferralOutcomeOverdue.class),
    VACANCY_CHANGED("kz.migration.vacancy.changed.v1", Topic.VACANCY, VacancyChanged.class),
    VACANCY_CLOSED("kz.migration.vacancy.closed.v1", Topic.VACANCY, VacancyClosed.class),
    VACANCY_POSTED("kz.migration.vacancy.posted.v1", Topic.VACANCY, VacancyPosted.class),
    DOCUMENT_VERIFICATION_ANSWERED("kz.migration.permit.document-verification-answered.v1", Topic.PERMIT, DocumentVerificationAnswered.class),
    DOCUMENT_VERIFICATION_REQUESTED("kz.migration.permit.document-verification-requested.v1", Topic.PERMIT, DocumentVerificationRequested.class),
    LABOUR_IMMIGRANT_TAX_DUE("kz.migration.permit.labour-immigrant-tax-due.v1", Topic.PERMIT, LabourImmigrantTaxDue.class),
    PERMIT_APPLICATION_SUBMITTED("kz.migration.permit.application-submitted.v1", Topic.PERMIT, PermitApplicationSubmitted.class),
    PERMIT_APPROVED("kz.migration.permit.approved.v1", Topic.PERMIT, PermitApproved.class),
    PERMIT_EXPIRED("kz.migration.permit.expired.v1", Topic.PERMIT, PermitExpired.class),
    PERMIT_EXPIRY_REMINDER("kz.migration.permit.expiry-reminder.v1", Topic.PERMIT, PermitExpiryReminder.class),
    PERMIT_FEE_DUE("kz.migration.permit.fee-due.v1", Topic.PERMIT, PermitFeeDue.class),
    PERMIT_ISSUED("kz.migration.permit.issued.v1", Topic.PERMIT, PermitIssued.class),
    PERMIT_LAPSED("kz.migration.permit.lapsed.v1", Topic.PERMIT, PermitLapsed.class),
    PERMIT_REFUSED("kz.migration.permit.refused.v1", Topic.PERMIT, PermitRefused.class),
    PERMIT_RENEWED("kz.migration.permit.renewed.v1", Topic.PERMIT, PermitRenewed.class),
    PERMIT_REVIEW_STARTED("kz.migration.permit.review-started.v1", Topic.PERMIT, PermitReviewStarted.class),
    PERMIT_REVOKED("kz.migration.permit.revoked.v1", Topic.PERMIT, PermitRevoked.class),
    PERMIT_TERMINATED("kz.migration.permit.terminated.v1", Topic.PERMIT, PermitTerminated.class),
    PERMIT_WITHDRAWN("kz.migration.permit.withdrawn.v1", Topic.PERMIT, PermitWithdrawn.class),
    QUOTA_ALLOCATION_CHANGED("kz.migration.quota.allocation-changed.v1", Topic.QUOTA, QuotaAllocationChanged.class),
    QUOTA_CONSUMED("kz.migration.quota.consumed.v1", Topic.QUOTA, QuotaConsumed.class),
    QUOTA_REJECTED("kz.migration.quota.rejected.v1", Topic.QUOTA, QuotaRejected.class),
    QUOTA_RELEASED("kz.migration.quota.released.v1", Topic.QUOTA, QuotaReleased.class),
    QUOTA_RESERVED("kz.migration.quota.reserved.v1", Topic.QUOTA, QuotaReserved.class),
    QUOTA_THRESHOLD_REACHED("kz.migration.quota.threshold-reached.v1", Topic.QUOTA, QuotaThresholdReached.class),
    CONTRACT_AMENDED("kz.migration.contract.amended.v1", Topic.CONTRACT, ContractAmended.class),
    CONTRACT_REGISTERED("kz.migration.contract.registered.v1", Topic.CONTRACT, ContractRegistered.class),
    CONTRACT_TERMINATED("kz.migration.contract.terminated.v1", Topic.CONTRACT, ContractTerminated.class),
    FOREIGN_WORKER_REPLACED("kz.migration.contract.foreign-worker-replaced.v1", Topic.CONTRACT, ForeignWorkerReplaced.class),
    REGISTRY_CHECKPOINT_PUBLISHED("kz.migration.contract.registry-checkpoint-published.v1", Topic.CONTRACT, RegistryCheckpointPublished.class),
    REGISTRY_HEAD_ANCHORED("kz.migration.contract.registry-head-anchored.v1", Topic.CONTRACT, RegistryHeadAnchored.class),
    EMPLOYER_VIOLATION_RECORDED("kz.migration.inspection.employer-violation-recorded.v1", Topic.INSPECTION, EmployerViolationRecorded.class),
    TERMINATION_HOLD_LIFTED("kz.migration.inspection.termination-hold-lifted.v1", Topic.INSPECTION, TerminationHoldLifted.class),
    TERMINATION_HOLD_PLACED("kz.migration.inspection.termination-hold-placed.v1", Topic.INSPECTION, TerminationHoldPlaced.class);
    // @formatter:on

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final String type;
    private final Topic topic;
    private final Class<? extends EventPayload> payloadType;

    EventType(String type, Topic topic, Class<? extends EventPayload> payloadType) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String type() {
        return type;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(EventPayload payload) {
        EventType type = BY_PAYLOAD.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("No event type for " + payload.getClass().getName());
        }
        return type;
    }
}
