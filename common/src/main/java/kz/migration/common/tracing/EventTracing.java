package kz.migration.common.tracing;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

import kz.migration.common.event.CloudEvent;

/**
 * Carries a trace across the outbox: the request's W3C {@code traceparent} goes into each event's envelope
 * ({@link #currentTraceparent()}), and the consumer's work runs in a span whose parent it is
 * ({@link #consuming}), so one trace shows the HTTP request and every effect of its events in the other services.
 * The relay, which publishes later on its own thread, is not part of the trace; it copies the traceparent into a
 * Kafka header for other systems' tracing instrumentation.
 */
@ApplicationScoped
public class EventTracing {

    private static final TextMapGetter<CloudEvent> ENVELOPE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return List.of(CloudEvent.TRACEPARENT);
        }

        @Override
        public String get(CloudEvent event, String key) {
            return event == null || !CloudEvent.TRACEPARENT.equals(key) ? null : event.traceparent();
        }
    };

    @Inject
    Tracer tracer;

    /** The current span's context as a W3C traceparent, or null outside any trace. */
    public String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** Runs {@code work} in a consumer span that continues the event's trace (a new trace when it has none). */
    public <T> T consuming(String consumer, CloudEvent event, Supplier<T> work) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), event, ENVELOPE);
        Span span = tracer.spanBuilder(consumer + " " + event.type()).setSpanKind(SpanKind.CONSUMER)
                .setParent(parent).setAttribute("messaging.message.id", String.valueOf(event.id()))
                .setAttribute("messaging.consumer.group.name", consumer).startSpan();
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
