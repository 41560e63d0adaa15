package kz.migration.common.event;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes and reads {@link CloudEvent}s. It has its own {@link ObjectMapper}: events are read leniently (unknown
 * fields ignored) while the REST layer rejects unknown request fields.
 */
@Singleton
public class EventCodec {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    public CloudEvent envelope(EventType type, String aggregateId, EventPayload payload, Instant time,
            String correlationId, String clientId) {
        return envelope(type, aggregateId, payload, time, correlationId, clientId, null);
    }

    /** As above, with the W3C {@code traceparent} of the trace that caused the event (null when none). */
    public CloudEvent envelope(EventType type, String aggregateId, EventPayload payload, Instant time,
            String correlationId, String clientId, String traceparent) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName() + ", not "
                    + payload.getClass().getSimpleName());
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), type.topic().owner(), type.type(), time,
                aggregateId, CloudEvent.JSON, correlationId, clientId, traceparent, mapper.valueToTree(payload));
    }

    public String encode(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON", e);
        }
    }

    /**
     * The envelope's {@code traceparent}, or null, without reading its payload: the attribute is written before
     * {@code data}, so the parser stops early. The outbox relay copies it into a Kafka header, where standard
     * tracing instrumentation of other systems' consumers looks for it.
     */
    public String traceparent(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (CloudEvent.TRACEPARENT.equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads an envelope; throws {@link UnreadableEventException} for anything that is not one. */
    public CloudEvent decode(String json) {
        try {
            CloudEvent event = mapper.readValue(json, CloudEvent.class);
            if (event == null || event.id() == null || event.type() == null || event.data() == null) {
                throw new UnreadableEventException("Not a CloudEvent with id, type and data");
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("Not a CloudEvents JSON envelope: " + e.getMessage());
        }
    }

    public <T extends EventPayload> T payload(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("Payload of " + event.type() + " is not a " + type.getSimpleName());
        }
    }

    /** The payload as its {@link EventType}'s record, for consumers that switch over event types. */
    public EventPayload payload(CloudEvent event) {
        EventType type = EventType.fromType(event.type())
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + event.type()));
        return payload(event, type.payloadType());
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
