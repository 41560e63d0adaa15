package kz.migration.common.event;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Builds {@code docs/asyncapi.yaml} from {@link EventType} and the payload records, so the catalogue cannot
 * forget an event or keep a stale one. Summaries come from each record's Javadoc; examples are plausible values
 * chosen by field name.
 */
final class AsyncApiCatalogue {

    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*\\s*(.*?)\\s*\\*/\\s*public record", Pattern.DOTALL);

    /** Examples of fields whose name means something else in other events ({@code kind}, {@code reason}). */
    private static final Map<String, Object> FIELD_EXAMPLES = Map.of(
            "EmployerViolationRecorded.kind", "PASSPORT_WITHHELD",
            "TerminationHoldLifted.reason", "LIFTED_BY_INSPECTOR");

    private final Path sourceRoot;

    AsyncApiCatalogue(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    String yaml() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));
        return "# Generated from kz.migration.common.event.EventType and the payload records by AsyncApiCatalogueTest.\n"
                + "# Do not edit by hand: run ./mvnw -pl common test -Dtest=AsyncApiCatalogueTest -Dregistry.write-docs=true\n"
                + yaml.writeValueAsString(document());
    }

    private Map<String, Object> document() throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "2.6.0");
        doc.put("info", map(
                "title", "Labour-migration registry events",
                "version", "1.0.0",
                "description",
                """
                        Events of the five registry services. Each service publishes only to its own topic, through a \
                        transactional outbox (the event exists exactly when the state change committed), with the \
                        aggregate id as the Kafka key so that one aggregate's events stay in order. Every record is a \
                        CloudEvents 1.0 JSON envelope (structured mode); readers must ignore unknown attributes and \
                        unknown payload fields. Types are versioned (.v1); a breaking change is a new type. Delivery \
                        is at least once: consumers deduplicate by the envelope id (the services keep an inbox table). \
                        Records that cannot be processed go to <topic>.dlq with the failure in the dead-letter-* headers."""));
        doc.put("defaultContentType", "application/cloudevents+json");
        doc.put("servers", map("production", map("url", "kafka:9092", "protocol", "kafka",
                "description", "Kafka cluster of the registry (KRaft). Topic replication factor 3 in production.")));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("CloudEvent", envelopeSchema());
        for (Topic topic : Topic.values()) {
            List<Map<String, Object>> refs = new ArrayList<>();
            for (EventType type : EventType.values()) {
                if (type.topic() != topic) {
                    continue;
                }
                String name = type.payloadType().getSimpleName();
                refs.add(map("$ref", "#/components/messages/" + name));
                messages.put(name, message(type));
                schemas.put(name, payloadSchema(type.payloadType()));
            }
            channels.put(topic.topicName(), map(
                    "description",
                    "Events owned by " + topic.owner() + ". Key: the aggregate id (CloudEvents subject).",
                    "bindings", map("kafka", map("partitions", 6, "replicas", 3, "bindingVersion", "0.4.0")),
                    "subscribe", map("operationId", "receive" + camel(topic.topicName()),
                            "summary", "Events published by " + topic.owner(),
                            "message", map("oneOf", refs))));
            channels.put(topic.deadLetterTopicName(), map(
                    "description", "Records of " + topic.topicName() + " that a consumer could not process after its "
                            + "retries, unchanged, with headers dead-letter-reason, dead-letter-cause, "
                            + "dead-letter-topic, dead-letter-partition and dead-letter-offset.",
                    "subscribe", map("operationId", "receive" + camel(topic.deadLetterTopicName()),
                            "message", map("oneOf", refs))));
        }
        doc.put("channels", channels);
        doc.put("components", map("messages", messages, "schemas", schemas));
        return doc;
    }

    private Map<String, Object> message(EventType type) throws IOException {
        Class<?> payload = type.payloadType();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", type.type());
        message.put("title", payload.getSimpleName());
        message.put("summary", summary(payload));
        message.put("contentType", "application/cloudevents+json");
        message.put("bindings", map("kafka", map("key", map("type", "string",
                "description", "Aggregate id; equals the CloudEvents subject"), "bindingVersion", "0.4.0")));
        message.put("headers", map("type", "object", "properties", map(
                "ce_type", map("type", "string", "const", type.type()),
                "ce_id", map("type", "string", "format", "uuid"),
                "traceparent", map("type", "string", "description",
                        "W3C trace context, as the envelope's traceparent; absent when the event has none"))));
        message.put("payload", map("allOf", List.of(
                map("$ref", "#/components/schemas/CloudEvent"),
                map("type", "object", "properties", map(
                        "type", map("const", type.type()),
                        "source", map("const", type.topic().owner()),
                        "data", map("$ref", "#/components/schemas/" + payload.getSimpleName()))))));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("specversion", "1.0");
        example.put("id", UUID.nameUUIDFromBytes(type.type().getBytes()).toString());
        example.put("source", type.topic().owner());
        example.put("type", type.type());
        example.put("time", "2026-03-02T09:15:00Z");
        example.put("subject", UUID.nameUUIDFromBytes(payload.getSimpleName().getBytes()).toString());
        example.put("datacontenttype", "application/json");
        example.put("correlationid", "4f1c2d7e-9a51-4c0e-8d3b-2a6f5e1b7c90");
        example.put("clientid", "KZ/GOV/LABOUR-EXCHANGE");
        example.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Map<String, Object> data = new LinkedHashMap<>();
        for (RecordComponent component : payload.getRecordComponents()) {
            String field = payload.getSimpleName() + "." + component.getName();
            data.put(component.getName(), FIELD_EXAMPLES.containsKey(field)
                    ? FIELD_EXAMPLES.get(field)
                    : exampleValue(component.getName(), component.getGenericType()));
        }
        example.put("data", data);
        message.put("examples", List.of(map("name", payload.getSimpleName(), "payload", example)));
        return message;
    }

    private static Map<String, Object> envelopeSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("specversion", map("type", "string", "const", "1.0"));
        properties.put("id", map("type", "string", "format", "uuid", "description",
                "Unique per event; consumers deduplicate on it"));
        properties.put("source", map("type", "string", "description", "The owning service"));
        properties.put("type",
                map("type", "string", "description", "Versioned event type, kz.migration.<domain>.<event>.v1"));
        properties.put("time", map("type", "string", "format", "date-time"));
        properties.put("subject", map("type", "string", "description", "Aggregate id, also the Kafka key"));
        properties.put("datacontenttype", map("type", "string", "const", "application/json"));
        properties.put("correlationid", map("type", "string", "description",
                "X-Request-Id of the request that caused the event (extension attribute)"));
        properties.put("clientid",
                map("type", "string", "description", "X-Client-Id of the calling system (extension attribute)"));
        properties.put("traceparent", map("type", "string", "pattern", "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                "description", "W3C trace context of the request that caused the event (CloudEvents distributed "
                        + "tracing extension); consumers continue the trace from it. Absent when there was none"));
        properties.put("data", map("type", "object"));
        return map("type", "object", "required",
                List.of("specversion", "id", "source", "type", "time", "subject", "data"),
                "properties", properties);
    }

    private static Map<String, Object> payloadSchema(Class<?> payload) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : payload.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType()));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return map("type", "array", "items", schemaOf(parameterized.getActualTypeArguments()[0]));
        }
        if (type == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (type == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (type == Instant.class) {
            return map("type", "string", "format", "date-time");
        }
        if (type == BigDecimal.class) {
            return map("type", "number", "description", "Amount in KZT");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return map("type", "integer");
        }
        if (type == boolean.class || type == Boolean.class) {
            return map("type", "boolean");
        }
        return map("type", "string");
    }

    private static Object exampleValue(String name, Type type) {
        if (type instanceof ParameterizedType) {
            return List.of(switch (name) {
                case "reasons" -> "SALARY_LOWERED";
                case "grounds" -> "LOCAL_CONTENT_BREACH";
                case "changedFields" -> "salary";
                default -> "example";
            });
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes()).toString();
        }
        if (type == LocalDate.class) {
            return switch (name) {
                case "validTo", "expiredOn", "endDate", "bannedUntil" -> "2027-03-01";
                case "reviewDeadline" -> "2026-03-10";
                case "foreignLabourAllowedFrom" -> "2026-03-17";
                default -> "2026-03-02";
            };
        }
        if (type == Instant.class) {
            return "2026-03-02T09:15:00Z";
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("450000.00");
        }
        if (type == boolean.class) {
            return name.equals("material");
        }
        if (type == Integer.class && name.equals("weeklyHours")) {
            return 40;
        }
        if (type == int.class || type == long.class) {
            return switch (name) {
                case "year" -> 2026;
                case "allocated" -> 100;
                case "reserved" -> 60;
                case "used" -> 20;
                case "free" -> 20;
                case "thresholdPercent" -> 80;
                case "registrySequence", "sequence" -> 1024;
                default -> 2;
            };
        }
        return switch (name) {
            case "employerBin" -> "291417776310";
            case "region" -> "750000000";
            case "occupationCode" -> "2512";
            case "category" -> "CATEGORY_3";
            case "permitNumber" -> "WP-2026-000123";
            case "contractNumber" -> "LC-2026-000045";
            case "citizenship", "documentCountry", "workerCitizenship" -> "UZ";
            // The examples are a company's; a private individual employer's events carry the IIN instead.
            case "employerIin" -> null;
            case "purpose" -> "NEW";
            case "kind", "permitKind" -> "EMPLOYER";
            case "changeKind" -> "REALLOCATION";
            case "answer" -> "CONFIRMED";
            case "ground" -> "FORGED_DOCUMENTS";
            case "cause" -> "LAPSED";
            case "sex" -> "FEMALE";
            case "workerDocumentNumber" -> "FA1234567";
            case "documentId" -> "DIP-2019-554433";
            case "legalisationReference" -> "APOSTILLE-UZ-2026-0077";
            case "headHash" -> "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
            case "currency" -> "KZT";
            case "employerName" -> "Astana Stroy LLP";
            case "recruitmentAgencyBin" -> "180340021112";
            case "caseNumber" -> "IC-2026-000017";
            case "legalGround" -> "LABOUR_CODE_ART_113";
            case "liftedBy" -> "inspector-750000000";
            default -> "example";
        };
    }

    private String summary(Class<?> payload) throws IOException {
        Path source = sourceRoot.resolve(payload.getName().replace('.', '/') + ".java");
        Matcher matcher = JAVADOC.matcher(Files.readString(source));
        if (!matcher.find()) {
            throw new IllegalStateException(payload.getSimpleName() + " needs a Javadoc sentence saying what happened");
        }
        // A Javadoc of several lines starts with "* "; {@code x} reads as `x` in the catalogue.
        return matcher.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " ").trim().replaceFirst("^\\*\\s*", "")
                .replaceAll("\\{@code ([^}]*)}", "`$1`");
    }

    /** An ordered map: Map.of iterates in a different order in every JVM, and the file must be stable. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String camel(String topic) {
        StringBuilder out = new StringBuilder();
        for (String part : topic.split("\\.")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
