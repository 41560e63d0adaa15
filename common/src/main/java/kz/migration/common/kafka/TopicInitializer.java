package kz.migration.common.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

import kz.migration.common.event.Topic;

/**
 * Creates the event topics and their dead-letter topics when they are missing, so a fresh broker just works; retried
 * every 30 s until it succeeds once.
 */
@Singleton
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    TopicConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** Set once every topic exists; until then the scheduled retry keeps trying. */
    private volatile boolean complete;

    void createTopics(@Observes @jakarta.annotation.Priority(1) StartupEvent startup) {
        complete = ensureTopics();
    }

    /**
     * Kafka may come up after the service (Kubernetes starts pods in no order); with the broker's auto-creation off,
     * the relay could never publish to a topic nobody created. Retried until it succeeds once.
     */
    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryUntilCreated() {
        if (!complete) {
            complete = ensureTopics();
        }
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
            // is not up yet.
            LOG.warnf("Could not check or create topics, retrying in 30 s: %s", e.getMessage());
            return false;
        }
    }
}
