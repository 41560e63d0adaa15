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
import io.smallrye.common.annotation.Identifier;

import kz.migration.common.event.Topic;

/** Creates the event topics and their dead-letter topics when they are missing, so a fresh broker just works. */
@Singleton
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    TopicConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void createTopics(@Observes @jakarta.annotation.Priority(1) StartupEvent startup) {
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
        } catch (Exception e) {
            // Another service may have created them at the same moment, or Kafka is not up yet: health says so.
            LOG.warnf("Could not check or create topics: %s", e.getMessage());
        }
    }
}
