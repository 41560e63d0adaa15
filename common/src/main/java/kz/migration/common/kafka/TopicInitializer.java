package kz.migration.common.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import kz.migration.common.event.Topic;

/**
 * Creates the event topics and their dead-letter topics when they are missing, so a fresh broker just works. The
 * first attempt runs beside the start-up rather than on its path (a Kafka admin client costs about a second of CPU),
 * then every few seconds until one succeeds. Until then the startup check {@code event-topics} is DOWN (and with it
 * {@code /q/health}): Kafka counts in the startup check, not in readiness, like the channels' own (docs/runbook.md).
 */
@org.eclipse.microprofile.health.Startup
@Singleton
public class TopicInitializer implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    TopicConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Set once every topic exists; until then the scheduled retry keeps trying. */
    private volatile boolean complete;

    /** One attempt at a time: the start-up's and the schedule's may overlap. */
    private final AtomicBoolean attempting = new AtomicBoolean();

    private volatile boolean failureLogged;

    void createTopicsInBackground(@Observes StartupEvent startup) {
        Infrastructure.getDefaultWorkerPool().execute(this::createUnlessComplete);
    }

    /**
     * Kafka may come up after the service (Kubernetes starts pods in no order, the local stack starts both at once);
     * with the broker's auto-creation off, the relay could never publish to a topic nobody created.
     */
    @Scheduled(every = "3s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void createUnlessComplete() {
        if (!complete && attempting.compareAndSet(false, true)) {
            try {
                complete = ensureTopics();
            } finally {
                attempting.set(false);
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("event-topics").status(complete).build();
    }

    /** True when every event topic and dead-letter topic exists afterwards. */
    boolean ensureTopics() {
        Map<String, Object> adminConfig = new HashMap<>(KafkaConnection.settings(kafkaConfig));
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                for (String name : List.of(topic.topicName(), topic.deadLetterTopicName())) {
                    if (!existing.contains(name)) {
                        missing.add(new NewTopic(name, config.partitions(), config.replicationFactor()));
                    }
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
            }
            return true;
        } catch (Exception e) {
            // Another service may have created them at the same moment (the retry then finds them all), or Kafka
            // is not up yet. Said once: the retry runs every few seconds.
            if (!failureLogged) {
                failureLogged = true;
                LOG.warnf("Could not check or create topics yet, retrying every 3 s: %s", e.getMessage());
            }
            return false;
        }
    }
}
