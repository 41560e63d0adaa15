package kz.migration.vacancy.event;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import kz.migration.common.event.CloudEvent;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.inbox.Inbox;
import kz.migration.vacancy.service.ForeignWorkerFills;

/** Applies the events this service consumes, each exactly once through the {@link Inbox}. */
@ApplicationScoped
public class VacancyEventConsumer {

    static final String CONSUMER = "vacancy-service";

    @Inject
    Inbox inbox;

    @Inject
    ForeignWorkerFills fills;

    @Incoming("contract-events")
    @Blocking
    public CompletionStage<Void> onContractEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeAll(CONSUMER, batch, this::apply);
    }

    void apply(EventType type, EventPayload payload, CloudEvent envelope) {
        // Contracts of labour immigrants name no vacancy; other contract events do not change vacancies.
        if (payload instanceof ContractRegistered registered && registered.vacancyId() != null) {
            fills.fill(registered);
        }
    }
}
