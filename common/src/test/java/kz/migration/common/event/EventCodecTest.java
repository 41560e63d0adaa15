package kz.migration.common.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The relay's cheap read of an envelope's trace context (the full decode is covered by EventBackboneTest). */
class EventCodecTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final EventCodec codec = new EventCodec();

    @Test
    void readsTheTraceparentOfAnEnvelopeWhereverItStands() {
        assertEquals(TRACEPARENT, codec.traceparent("""
                {"specversion":"1.0","id":"a","data":{"traceparent":"not this one"},"traceparent":"%s"}"""
                .formatted(TRACEPARENT)));
        assertEquals(TRACEPARENT, codec.traceparent("""
                {"specversion":"1.0","traceparent":"%s","data":{"nested":[1,2,{"x":null}]}}""".formatted(TRACEPARENT)));
    }

    @Test
    void answersNullWhenThereIsNoUsableTraceparent() {
        assertNull(codec.traceparent("{\"specversion\":\"1.0\",\"data\":{}}"));
        assertNull(codec.traceparent("{\"traceparent\":null,\"data\":{}}"));
        assertNull(codec.traceparent("[\"traceparent\"]"));
        assertNull(codec.traceparent("not json"));
    }
}
