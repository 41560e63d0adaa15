package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.migration.testsupport.EmbeddedKafka;
import kz.migration.testsupport.KafkaTestConsumer;

/**
 * The broker of {@code ./registry up} started again on its kept logs, as every {@code up} after a {@code down} does:
 * the controller takes the new registration at once instead of refusing it until the stopped broker's session
 * expires, and what was written before the stop is still there.
 */
class KafkaRestartTest {

    private static final String TOPIC = "restart-probe";

    @TempDir
    Path logs;

    @Test
    void aStoppedBrokerRegistersAgainAtOnceWithItsLogsKept() throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.start(logs, 0);
                KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", first.bootstrapServers(), "acks", "all"), new StringSerializer(),
                        new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "key", "written before the stop")).get();
        }
        assertTrue(Files.exists(logs.resolve("meta.properties")), "logs kept");

        List<String> refusals = new CopyOnWriteArrayList<>();
        Logger controllerLog = LogContext.getLogContext().getLogger("org.apache.kafka");
        Handler refusalsSeen = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext
                        ? ext.getFormattedMessage()
                        : record.getMessage() + " " + Arrays.toString(record.getParameters());
                if (message.contains("DUPLICATE_BROKER_REGISTRATION")
                        || message.contains("DuplicateBrokerRegistrationException")) {
                    refusals.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = controllerLog.getLevel();
        controllerLog.setLevel(Level.INFO);
        controllerLog.addHandler(refusalsSeen);
        try (EmbeddedKafka second = EmbeddedKafka.start(logs, 0)) {
            // start() returns once the broker is registered and unfenced, so every refusal has been logged by now.
            assertEquals(List.of(), refusals, "the controller refused the restarted broker's registration");
            try (KafkaTestConsumer consumer = new KafkaTestConsumer(second.bootstrapServers(), TOPIC)) {
                assertEquals("written before the stop", consumer
                        .await(r -> "key".equals(r.key()), 1, Duration.ofSeconds(60)).get(0).value());
            }
        } finally {
            controllerLog.removeHandler(refusalsSeen);
            controllerLog.setLevel(level);
        }
    }
}
