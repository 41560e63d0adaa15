package kz.migration.permit.event;

import java.time.Clock;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.event.vacancy.CandidateHired;
import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.common.inbox.Inbox;
import kz.migration.permit.service.ComplianceRegisterService;
import kz.migration.permit.service.LabourImmigrantPermitService;
import kz.migration.permit.service.LabourMarketTestService;
import kz.migration.permit.service.PermitLifecycleService;
import kz.migration.permit.service.PermitRenewalService;
import kz.migration.permit.service.PermitReviewService;
import kz.migration.permit.service.TerminationHoldService;

/** Applies the events this service consumes, each exactly once through the {@link Inbox}. */
@ApplicationScoped
public class PermitEventConsumer {

    static final String CONSUMER = "permit-service";

    @Inject
    Inbox inbox;

    @Inject
    LabourMarketTestService labourMarketTests;

    @Inject
    PermitReviewService reviews;

    @Inject
    PermitLifecycleService lifecycle;

    @Inject
    PermitRenewalService renewals;

    @Inject
    LabourImmigrantPermitService labourImmigrants;

    @Inject
    ComplianceRegisterService compliance;

    @Inject
    TerminationHoldService holds;

    @Inject
    Clock clock;

    @Incoming("vacancy-events")
    @Blocking
    public CompletionStage<Void> onVacancyEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    @Incoming("quota-events")
    @Blocking
    public CompletionStage<Void> onQuotaEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    @Incoming("inspection-events")
    @Blocking
    public CompletionStage<Void> onInspectionEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    @Incoming("contract-events")
    @Blocking
    public CompletionStage<Void> onContractEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    /** Runs inside the inbox transaction; events this service does not act on are recorded and skipped. */
    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        if (payload instanceof LabourMarketTestPassed passed) {
            labourMarketTests.onPassed(passed);
        } else if (payload instanceof VacancyChanged changed) {
            labourMarketTests.onChanged(changed);
        } else if (payload instanceof VacancyClosed closed) {
            labourMarketTests.onClosed(closed);
        } else if (payload instanceof CandidateHired hired) {
            labourMarketTests.onHired(hired);
        } else if (payload instanceof QuotaReserved reserved) {
            // A reservation belongs to one new permit, renewal or labour-immigrant permit (each a fresh UUID): once
            // one owns it the others would find nothing, so they are not asked (each a locking read). The new
            // permit's handler is always asked, so its audit record is written as before.
            if (!reviews.onQuotaReserved(reserved) && !renewals.onQuotaReserved(reserved)) {
                labourImmigrants.onQuotaReserved(reserved);
            }
        } else if (payload instanceof QuotaRejected rejected) {
            if (!reviews.onQuotaRejected(rejected) && !renewals.onQuotaRejected(rejected)) {
                labourImmigrants.onQuotaRejected(rejected);
            }
        } else if (payload instanceof ContractTerminated terminated) {
            lifecycle.onContractTerminated(terminated);
        } else if (payload instanceof EmployerViolationRecorded violation) {
            compliance.recorded(violation);
        } else if (payload instanceof TerminationHoldPlaced placed) {
            holds.placed(placed, envelope.time() != null ? envelope.time() : clock.instant());
        } else if (payload instanceof TerminationHoldLifted lifted) {
            holds.lifted(lifted, envelope.time() != null ? envelope.time() : clock.instant());
        }
    }
}
