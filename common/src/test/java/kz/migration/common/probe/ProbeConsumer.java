package kz.migration.common.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.inbox.Inbox;

/**
 * A consumer like the services' ones: records one {@link ProbeEffect} per applied event. A VacancyChanged with
 * negative open positions fails every time, standing in for a bug that only a dead letter can get past.
 */
@ApplicationScoped
public class ProbeConsumer {

    public static final String CONSUMER = "probe";

    @Inject
    Inbox inbox;

    /** Told the id of each event whose effect has committed; benchmarks measure with it. */
    public static volatile java.util.function.Consumer<java.util.UUID> onCommitted = id -> {
    };

    @Incoming("vacancy-events")
    @Blocking
    public void onVacancyEvent(String record) {
        java.util.UUID[] applied = new java.util.UUID[1];
        inbox.consume(CONSUMER, record, (type, payload, envelope) -> {
            applied[0] = envelope.id();
            if (payload instanceof VacancyChanged changed) {
                if (changed.openPositions() < 0) {
                    throw new IllegalStateException("cannot apply negative open positions");
                }
                ProbeEffect effect = new ProbeEffect();
                effect.vacancyId = changed.vacancyId();
                effect.sequence = changed.openPositions();
                effect.eventId = envelope.id();
                effect.traceId = io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId();
                effect.persist();
            }
        });
        if (applied[0] != null) {
            onCommitted.accept(applied[0]);
        }
    }
}
