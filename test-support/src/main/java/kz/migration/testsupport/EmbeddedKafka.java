package kz.migration.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A real single-node KRaft Kafka broker in this JVM, for tests and the local stack. */
public final class EmbeddedKafka implements AutoCloseable {

    /** Fixed so that a kept log directory is accepted again after a restart (or a kill -9). */
    public static final String CLUSTER_ID = "bGFib3VyLW1pZ3JhdGlvbg";

    private final EmbeddedKafkaBroker broker;

    private EmbeddedKafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /** Starts a broker on {@code port} (0 = any) with logs in {@code logDir}, or in a temporary folder when null. */
    public static EmbeddedKafka start(Path logDir, int port) throws IOException {
        Path dir = logDir != null ? logDir : Files.createTempDirectory("kafka-" + UUID.randomUUID());
        Files.createDirectories(dir);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withClusterId(CLUSTER_ID)
                .withDeleteLogDirsOnClose(logDir == null)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", dir.toString());
                    properties.put("num.partitions", "6");
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("offsets.topic.replication.factor", "1");
                    properties.put("offsets.topic.num.partitions", "6");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                });
        if (port > 0) {
            broker.withKafkaPort(port);
        }
        return new EmbeddedKafka(broker.start());
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @Override
    public void close() {
        broker.close();
    }
}
