package kz.migration.inspection.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.common.event.permit.PermitTerminated;
import kz.migration.common.inbox.Inbox;
import kz.migration.inspection.service.ReadModelService;

/** Applies the events this service consumes, each exactly once through the {@link Inbox}. */
@ApplicationScoped
public class InspectionEventConsumer {

    static final String CONSUMER = "inspection-service";

    @Inject
    Inbox inbox;

    @Inject
    ReadModelService readModels;

    @Inject
    Clock clock;

    @Incoming("contract-events")
    @Blocking
    public CompletionStage<Void> onContractEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    @Incoming("permit-events")
    @Blocking
    public CompletionStage<Void> onPermitEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        Instant at = envelope.time() != null ? envelope.time() : clock.instant();
        if (payload instanceof ContractRegistered registered) {
            readModels.contractRegistered(registered, at);
        } else if (payload instanceof ContractAmended amended) {
            readModels.contractAmended(amended, at, clock.getZone());
        } else if (payload instanceof ContractTerminated terminated) {
            readModels.contractTerminated(terminated, at);
        } else if (payload instanceof ForeignWorkerReplaced replaced) {
            readModels.workerReplaced(replaced);
        } else if (payload instanceof PermitIssued issued) {
            readModels.permitIssued(issued, at, clock.getZone());
        } else if (payload instanceof PermitRenewed renewed) {
            readModels.permitRenewed(renewed, at);
        } else if (payload instanceof PermitRevoked revoked) {
            readModels.permitEnded(revoked.permitNumber(), "REVOKED", day(revoked.revokedAt(), at), at);
        } else if (payload instanceof PermitExpired expired) {
            readModels.permitEnded(expired.permitNumber(), "EXPIRED", expired.expiredOn(), at);
        } else if (payload instanceof PermitTerminated terminated) {
            readModels.permitEnded(terminated.permitNumber(), "TERMINATED", day(terminated.terminatedAt(), at), at);
        }
        // Other events (applications, approvals, fees, the registry head) do not concern the inspectorate.
    }

    private LocalDate day(Instant when, Instant fallback) {
        return LocalDate.ofInstant(when != null ? when : fallback, clock.getZone());
    }
}
