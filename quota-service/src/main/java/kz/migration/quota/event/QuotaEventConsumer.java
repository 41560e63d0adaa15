package kz.migration.quota.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.inbox.Inbox;

/** Applies the events this service consumes, each exactly once through the {@link Inbox}. */
@ApplicationScoped
public class QuotaEventConsumer {

    static final String CONSUMER = "quota-service";

    @Inject
    Inbox inbox;

    @Incoming("permit-events")
    @Blocking
    public void onPermitEvent(String record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        // Events this service does not act on are recorded in the inbox and skipped.
    }
}
