package kz.migration.common.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.Topic;
import kz.migration.testsupport.RegistryTestResource;

/** A topic missing after start-up (deleted, or Kafka was not up then) is created by the next attempt. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class TopicInitializerTest {

    @Inject
    TopicInitializer initializer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

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
