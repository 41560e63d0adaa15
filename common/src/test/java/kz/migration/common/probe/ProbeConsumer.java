package kz.migration.common.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.EventPayload;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.inbox.Inbox;

/**
 * A consumer like the services' ones: records one {@link ProbeEffect} per applied event. A VacancyChanged with
 * negative open positions fails every time, standing in for a bug that only a dead letter can get past. It reads
 * the topic record by record ({@code vacancy-events}) or a poll at a time ({@code vacancy-event-batches}); the
 * configuration enables one of the two.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String CONSUMER = "probe";

    @Inject
    Inbox inbox;

    /** Told the id of each event whose effect has committed; benchmarks measure with it. */
    public static volatile java.util.function.Consumer<UUID> onCommitted = id -> {
    };

    @Incoming("vacancy-events")
    @Blocking
    public void onVacancyEvent(String record) {
        UUID[] applied = new UUID[1];
        inbox.consume(CONSUMER, record, (type, payload, envelope) -> {
            applied[0] = envelope.id();
            apply(payload, envelope.id());
        });
        if (applied[0] != null) {
            onCommitted.accept(applied[0]);
        }
    }

    @Incoming("vacancy-event-batches")
    @Blocking
    public CompletionStage<Void> onVacancyEvents(KafkaRecordBatch<String, String> batch) {
        List<UUID> applied = new ArrayList<>();
        CompletionStage<Void> acknowledged = inbox.consumeAll(CONSUMER, batch, (type, payload, envelope) -> {
            apply(payload, envelope.id());
            applied.add(envelope.id());
        });
        // Also names events whose batch rolled back before they were applied again one by one: they committed too.
        applied.forEach(onCommitted);
        return acknowledged;
    }

    private static void apply(EventPayload payload, UUID eventId) {
        if (payload instanceof VacancyChanged changed) {
            if (changed.openPositions() < 0) {
                throw new IllegalStateException("cannot apply negative open positions");
            }
            ProbeEffect effect = new ProbeEffect();
            effect.vacancyId = changed.vacancyId();
            effect.sequence = changed.openPositions();
            effect.eventId = eventId;
            effect.traceId = io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId();
            effect.persist();
        }
    }
}
