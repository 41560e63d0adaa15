package kz.migration.common.event;

/** Marker for the payload records of {@link EventType}; the only things that go into the outbox. */
public interface EventPayload {
}
