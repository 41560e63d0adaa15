package kz.migration.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node KRaft Kafka broker in this JVM, for tests and the local stack. It can be stopped and started
 * again on the same ports and log directory, which is how tests take "the broker" down and bring it back.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Fixed so that a kept log directory is accepted again after a restart (or a kill -9). */
    public static final String CLUSTER_ID = "bGFib3VyLW1pZ3JhdGlvbg";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private EmbeddedKafkaBroker broker;

    private EmbeddedKafka(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Starts a broker on {@code port} (0 = any free port) with logs in {@code logDir} (a temporary one if null). */
    public static EmbeddedKafka start(Path logDir, int port) throws IOException {
        Path dir = logDir != null ? logDir : Files.createTempDirectory("registry-kafka-");
        Files.createDirectories(dir);
        EmbeddedKafka kafka = new EmbeddedKafka(dir, port > 0 ? port : freePort(), freePort());
        kafka.startBroker();
        return kafka;
    }

    private void startBroker() {
        broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withClusterId(CLUSTER_ID)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> {
                    properties.put("log.dirs", logDir.toString());
                    properties.put("num.partitions", "6");
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("offsets.topic.replication.factor", "1");
                    properties.put("offsets.topic.num.partitions", "6");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    // The companion turns controlled shutdown off, so a stopped broker stayed registered and unfenced
                    // in the metadata log: the next start with kept logs was refused (DUPLICATE_BROKER_REGISTRATION)
                    // until the controller expired that session, broker.session.timeout.ms (9 s) after it came up.
                    // A controlled shutdown fences the broker as it stops, so the next start registers at once.
                    properties.put("controlled.shutdown.enable", "true");
                })
                .start();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    /** Stops the broker and keeps its data, as a crashed or restarted broker would. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** Starts the broker again on the same ports with the same data. */
    public synchronized void restart() {
        stop();
        startBroker();
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
