package kz.migration.common.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudEvents 1.0 JSON envelope of every record on the event topics. {@code subject} is the aggregate id
 * (also the Kafka key); {@code correlationid} and {@code clientid} are extension attributes carrying the
 * {@code X-Request-Id} and {@code X-Client-Id} of the request that caused the event, {@code traceparent} its W3C trace
 * context (CloudEvents distributed-tracing extension; absent when there was none). Readers ignore unknown
 * attributes and unknown payload fields, so producers may add fields without breaking anyone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, UUID id, String source, String type, Instant time, String subject,
        String datacontenttype, String correlationid, String clientid, String traceparent, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Name of the W3C trace-context attribute, in the envelope and as a Kafka header. */
    public static final String TRACEPARENT = "traceparent";
}
