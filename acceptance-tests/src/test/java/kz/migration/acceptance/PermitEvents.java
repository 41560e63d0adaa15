package kz.migration.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads permit.events from the stack's broker, for the one fact the HTTP API does not give back: the number of a
 * labour-immigrant permit, which is issued asynchronously (after the quota unit is reserved) while the request
 * answered only its id, and no endpoint finds a permit by that id.
 */
final class PermitEvents {

    private static final String TOPIC = "permit.events";
    private static final String ISSUED = "kz.migration.permit.issued.v1";

    private PermitEvents() {
    }

    /** The PermitIssued event whose {@code applicationId} is the given id (a labour-immigrant permit's own id). */
    static JsonNode awaitIssued(String bootstrapServers, String applicationId, Duration timeout) throws Exception {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(TOPIC, info.partition())).collect(Collectors.toList());
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode envelope = Http.JSON.readTree(record.value());
                    if (ISSUED.equals(envelope.path("type").asText())
                            && applicationId.equals(envelope.path("data").path("applicationId").asText())) {
                        return envelope.get("data");
                    }
                }
            }
        }
        throw new AssertionError("no " + ISSUED + " for " + applicationId + " on " + TOPIC + " within " + timeout);
    }
}
