package kz.migration.quota.event;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.inbox.Inbox;
import kz.migration.quota.domain.ReservationStep;
import kz.migration.quota.service.PermitStatisticsService;
import kz.migration.quota.service.ReservationService;

/**
 * Applies the permit events of the quota saga, and records issued permits and refusals for the statistics, each
 * exactly once through the {@link Inbox}.
 */
@ApplicationScoped
public class QuotaEventConsumer {

    static final String CONSUMER = "quota-service";

    @Inject
    Inbox inbox;

    @Inject
    ReservationService reservations;

    @Inject
    PermitStatisticsService statistics;

    @Incoming("permit-events")
    @Blocking
    public CompletionStage<Void> onPermitEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    /** Runs inside the inbox transaction; events this service does not act on are recorded and skipped. */
    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        if (payload instanceof PermitApproved approved) {
            reservations.reserve(approved, envelope.id());
            return;
        }
        if (payload instanceof PermitIssued issued) {
            statistics.recordIssued(issued, envelope.id());
        } else if (payload instanceof PermitRefused refused) {
            statistics.recordRefused(refused, envelope.id());
        }
        ReservationStep.closing(payload).ifPresent(closing -> {
            if (closing.step() == ReservationStep.CONSUME) {
                reservations.consume(closing.reservationId(), envelope.id());
            } else {
                reservations.release(closing.reservationId(), envelope.id(), closing.cause());
            }
        });
    }
}
