package kz.migration.acceptance;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What happened to the events, read where it happened: the producers' outbox tables (what was written, in commit
 * order per aggregate: {@code outbox_event.id}, under the aggregate's row lock), the broker's topics (what was
 * published: the {@code ce_id} header, the key = aggregate id, the offset within its partition), the consumers'
 * inbox tables (what each consumer applied: {@code inbox_event} per consumer, {@code received_at} the start of the
 * applying transaction) and the dead-letter topics ({@code <topic>.dlq}).
 */
final class EventStreams {

    static final List<String> DATABASES = List.of("vacancy", "permit", "quota", "contract", "inspection");

    /** One outbox row: where the event was written, in which order. */
    record Written(String database, long id, String eventId, String aggregate, String type, String topic,
            boolean published) {
    }

    /** One record on the broker. */
    record Published(String topic, int partition, long offset, String key, String eventId) {
    }

    /** One inbox row: an event one consumer applied. */
    record Consumed(String database, String consumer, String eventId, Timestamp receivedAt) {
    }

    final List<Written> written = new ArrayList<>();
    final List<Published> published = new ArrayList<>();
    final List<Consumed> consumed = new ArrayList<>();
    final Map<String, Long> deadLetters = new TreeMap<>();
    /** Consumer group to the number of its members holding partitions. */
    final Map<String, Integer> activeMembers = new TreeMap<>();

    /** Reads the outbox and inbox tables of every database and every topic from the beginning. */
    static EventStreams read(AcceptanceStack stack, StackInvariants sql) throws Exception {
        EventStreams streams = new EventStreams();
        for (String database : DATABASES) {
            sql.query(database, "select id, event_id, aggregate_id, event_type, topic, published_at is not null "
                    + "from outbox_event order by id",
                    rs -> streams.written.add(new Written(database,
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6))));
            sql.query(database, "select consumer, event_id, received_at from inbox_event",
                    rs -> streams.consumed.add(new Consumed(database, rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3))));
        }
        streams.readBroker(stack.kafkaBootstrap());
        return streams;
    }

    private void readBroker(String bootstrap) throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(properties)) {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(Set.of(group.groupId()))
                        .describedGroups().get(group.groupId()).get();
                activeMembers.put(group.groupId(), (int) description.members().stream()
                        .filter(member -> !member.assignment().topicPartitions().isEmpty()).count());
            }
        }
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(30))
                    .entrySet()) {
                if (topic.getKey().startsWith("__")) {
                    continue;
                }
                topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            for (TopicPartition partition : partitions) {
                if (partition.topic().endsWith(".dlq")) {
                    deadLetters.merge(partition.topic(), ends.get(partition) - beginnings.get(partition), Long::sum);
                }
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the topics to their end within 2 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.topic().endsWith(".dlq")) {
                        continue;
                    }
                    Header id = record.headers().lastHeader("ce_id");
                    published.add(new Published(record.topic(), record.partition(), record.offset(), record.key(),
                            id == null ? null : new String(id.value(), StandardCharsets.UTF_8)));
                }
            }
        }
    }

    /** Outbox rows never published. */
    long unpublished() {
        return written.stream().filter(row -> !row.published()).count();
    }

    /** Event ids on the broker more than once (a relay republished them), with their count. */
    Map<String, Long> publishedMoreThanOnce() {
        return published.stream().filter(record -> record.eventId() != null)
                .collect(Collectors.groupingBy(Published::eventId, Collectors.counting())).entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Published outbox rows the broker does not hold. */
    List<Written> writtenNotOnBroker() {
        Set<String> onBroker = published.stream().map(Published::eventId).collect(Collectors.toSet());
        return written.stream().filter(row -> row.published() && !onBroker.contains(row.eventId())).toList();
    }

    /** Records on the broker no outbox row wrote (none expected: every event leaves through an outbox). */
    long onBrokerNotWritten() {
        Set<String> writtenIds = written.stream().map(Written::eventId).collect(Collectors.toSet());
        return published.stream().filter(record -> !writtenIds.contains(record.eventId())).count();
    }

    /**
     * Aggregates whose records on the broker are not in the outbox's order: per topic and key (one partition), the
     * event ids by offset must be the outbox rows of that aggregate by id. Returns a line per aggregate out of order.
     */
    List<String> aggregatesOutOfOrderOnBroker() {
        Map<String, List<String>> writtenOrder = new HashMap<>();
        for (Written row : written) {
            writtenOrder.computeIfAbsent(row.topic() + "/" + row.aggregate(), k -> new ArrayList<>())
                    .add(row.eventId());
        }
        Map<String, List<Published>> onBroker = published.stream()
                .collect(Collectors.groupingBy(record -> record.topic() + "/" + record.key()));
        List<String> wrong = new ArrayList<>();
        onBroker.forEach((aggregate, records) -> {
            List<String> seen = records.stream().sorted(Comparator.comparingInt(Published::partition)
                    .thenComparingLong(Published::offset)).map(Published::eventId).distinct().toList();
            long partitionsUsed = records.stream().map(Published::partition).distinct().count();
            List<String> expected = writtenOrder.getOrDefault(aggregate, List.of()).stream()
                    .filter(seen::contains).toList();
            if (partitionsUsed > 1 || !seen.equals(expected)) {
                wrong.add(aggregate + ": broker " + seen + ", outbox " + expected);
            }
        });
        return wrong;
    }

    /** Number of aggregates with events on the broker. */
    long aggregatesOnBroker() {
        return published.stream().map(record -> record.topic() + "/" + record.key()).distinct().count();
    }

    /**
     * Per consumer and aggregate, the order in which the consumer applied the aggregate's events (inbox {@code
     * received_at}) against the order they were written (outbox id). Returns a line per pair where an event was
     * applied before one written earlier.
     */
    List<String> aggregatesAppliedOutOfOrder() {
        Map<String, Written> byEventId = written.stream()
                .collect(Collectors.toMap(Written::eventId, row -> row, (a, b) -> a));
        Map<String, List<Consumed>> byConsumerAndAggregate = new HashMap<>();
        for (Consumed row : consumed) {
            Written origin = byEventId.get(row.eventId());
            if (origin != null) {
                byConsumerAndAggregate.computeIfAbsent(row.database() + "/" + row.consumer() + " <- "
                        + origin.topic() + "/" + origin.aggregate(), k -> new ArrayList<>()).add(row);
            }
        }
        List<String> wrong = new ArrayList<>();
        byConsumerAndAggregate.forEach((key, rows) -> {
            List<Consumed> applied = rows.stream().sorted(Comparator.comparing(Consumed::receivedAt)
                    .thenComparingLong(row -> byEventId.get(row.eventId()).id())).toList();
            for (int i = 1; i < applied.size(); i++) {
                Written before = byEventId.get(applied.get(i - 1).eventId());
                Written after = byEventId.get(applied.get(i).eventId());
                if (before.id() > after.id()) {
                    wrong.add(key + ": " + before.type() + " (outbox " + before.id() + ") applied at "
                            + applied.get(i - 1).receivedAt() + ", before it " + after.type() + " (outbox "
                            + after.id() + ") at " + applied.get(i).receivedAt());
                }
            }
        });
        return wrong;
    }

    /** Consumer and aggregate pairs the order check covered. */
    long consumerAggregatePairs() {
        Map<String, Written> byEventId = written.stream()
                .collect(Collectors.toMap(Written::eventId, row -> row, (a, b) -> a));
        return consumed.stream().filter(row -> byEventId.containsKey(row.eventId()))
                .map(row -> row.database() + "/" + row.consumer() + "/" + byEventId.get(row.eventId()).aggregate())
                .distinct().count();
    }

    /** Inbox rows naming the same event twice for one consumer (the primary key forbids it; counted anyway). */
    long consumedTwice() {
        return consumed.stream().collect(Collectors.groupingBy(row -> row.database() + "/" + row.consumer() + "/"
                + row.eventId(), Collectors.counting())).values().stream().filter(count -> count > 1).count();
    }

    long deadLettered() {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Events of one type written more than once for one aggregate, by type (to read, not an invariant alone). */
    Map<String, Long> repeatedPerAggregate() {
        return written.stream()
                .collect(Collectors.groupingBy(row -> row.type() + " " + row.aggregate(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.groupingBy(entry -> entry.getKey().substring(0, entry.getKey().indexOf(' ')),
                        TreeMap::new, Collectors.counting()));
    }

}
