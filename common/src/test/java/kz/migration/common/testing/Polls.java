package kz.migration.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

/**
 * Hands records to a batch consumer method (one that calls {@code Inbox.consumeAll}) as one poll of the connector
 * would, and waits for their acknowledgement: a record the consumer nacks (the connector would dead-letter it) fails
 * the delivery.
 */
public final class Polls {

    private static final TopicPartition PARTITION = new TopicPartition("test.events", 0);

    private Polls() {
    }

    public static void deliver(Function<KafkaRecordBatch<String, String>, CompletionStage<Void>> consumer,
            String... records) {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (String record : records) {
            polled.add(new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), polled.size(), null, record));
        }
        consumer.apply(new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(Map.of(PARTITION, polled)), "test", 0,
                ACKNOWLEDGED, DEAD_LETTERED, false, false)).toCompletableFuture().join();
    }

    private static final KafkaCommitHandler ACKNOWLEDGED = new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            return Uni.createFrom().voidItem();
        }
    };

    private static final KafkaFailureHandler DEAD_LETTERED = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            return Uni.createFrom().failure(reason);
        }
    };
}
