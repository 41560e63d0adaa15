package kz.migration.common.inbox;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;

/** The effect of one event, applied by {@link Inbox} inside the transaction that records the event as seen. */
@FunctionalInterface
public interface EventHandler {

    void handle(EventType type, EventPayload payload, CloudEvent envelope);
}
