package kz.migration.contract.event;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.inspection.TerminationHoldLifted;
import kz.migration.common.event.inspection.TerminationHoldPlaced;
import kz.migration.common.event.permit.PermitExpired;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitRevoked;
import kz.migration.common.event.permit.PermitTerminated;
import kz.migration.common.inbox.Inbox;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.service.PermitReadModelService;
import kz.migration.contract.service.TerminationHoldService;

/** Applies the events this service consumes, each exactly once through the {@link Inbox}. */
@ApplicationScoped
public class ContractEventConsumer {

    static final String CONSUMER = "contract-registry-service";

    @Inject
    Inbox inbox;

    @Inject
    PermitReadModelService permits;

    @Inject
    TerminationHoldService holds;

    @Inject
    Clock clock;

    @Incoming("permit-events")
    @Blocking
    public CompletionStage<Void> onPermitEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    @Incoming("inspection-events")
    @Blocking
    public CompletionStage<Void> onInspectionEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        Instant at = envelope.time() != null ? envelope.time() : clock.instant();
        if (payload instanceof PermitIssued issued) {
            permits.issued(issued, at);
        } else if (payload instanceof PermitRenewed renewed) {
            permits.renewed(renewed, at);
        } else if (payload instanceof PermitRevoked revoked) {
            permits.ended(revoked.permitNumber(), PermitStatus.REVOKED, at);
        } else if (payload instanceof PermitExpired expired) {
            permits.ended(expired.permitNumber(), PermitStatus.EXPIRED, at);
        } else if (payload instanceof PermitTerminated terminated) {
            permits.ended(terminated.permitNumber(), PermitStatus.TERMINATED, at);
        } else if (payload instanceof TerminationHoldPlaced placed) {
            holds.placed(placed, at);
        } else if (payload instanceof TerminationHoldLifted lifted) {
            holds.lifted(lifted, at);
        }
        // Other events (applications, approvals, refusals, violations) do not concern registered contracts.
    }
}
