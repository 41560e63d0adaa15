package kz.migration.common.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.Topic;
import kz.migration.testsupport.RegistryTestResource;

/**
 * The topics are created beside the start-up, the startup check DOWN until they exist; a topic missing after start-up
 * (deleted, or Kafka was not up then) is created by the next attempt.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class TopicInitializerTest {

    @Inject
    @Startup
    TopicInitializer initializer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TopicConfig topicConfig;

    @Test
    void startedOnceTheBackgroundAttemptHasCreatedTheTopics() {
        await().atMost(Duration.ofSeconds(60)).until(() -> initializer.call().getStatus() == Status.UP);
    }

    @Test
    void notStartedWhileKafkaCannotBeReachedThenStartedOnceTheTopicsExist() {
        TopicInitializer unreachable = initializerFor("localhost:1");
        unreachable.createUnlessComplete();
        assertEquals(Status.DOWN, unreachable.call().getStatus());
        assertEquals("event-topics", unreachable.call().getName());

        TopicInitializer reachable = initializerFor(bootstrap);
        assertEquals(Status.DOWN, reachable.call().getStatus());
        reachable.createUnlessComplete();
        assertEquals(Status.UP, reachable.call().getStatus());
    }

    private TopicInitializer initializerFor(String bootstrapServers) {
        TopicInitializer fresh = new TopicInitializer();
        fresh.config = topicConfig;
        fresh.kafkaConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return fresh;
    }

    @Test
    void aMissingTopicIsCreatedAgain() throws Exception {
        String topic = Topic.QUOTA.deadLetterTopicName();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // Start-up's attempt may not have been seen by every broker listener yet: the topic must exist first.
            assertTrue(initializer.ensureTopics());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic));

            admin.deleteTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic));

            assertTrue(initializer.ensureTopics());

            assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic));
        }
    }
}
