package kz.migration.common.outbox;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every failure of {@link EventBackboneTest} again, with the consumer reading a poll at a time through
 * {@code Inbox.consumeAll}: rollbacks, republished events, a broker outage, a poison record in a batch, a database
 * outage while consuming, and aggregate order.
 */
@QuarkusTest
@TestProfile(BatchedEventBackboneTest.BatchConsumer.class)
class BatchedEventBackboneTest extends EventBackboneTest {

    public static class BatchConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.vacancy-events.enabled", "false",
                    "mp.messaging.incoming.vacancy-event-batches.enabled", "true");
        }
    }
}
