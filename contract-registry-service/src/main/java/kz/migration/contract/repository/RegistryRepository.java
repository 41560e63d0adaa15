package kz.migration.contract.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import io.agroal.api.AgroalDataSource;

import kz.migration.common.outbox.EventOrigin;
import kz.migration.common.web.RequestContext;
import kz.migration.contract.api.RegistryEntryView;
import kz.migration.contract.domain.RegistryAction;

/** Every query on the registry log tables: the head row, the append-only entries and the published anchors. */
@ApplicationScoped
public class RegistryRepository {

    /** The last entry of the chain; sequence 0 and the genesis hash while the log is empty. */
    public record Head(long sequence, String entryHash) {
    }

    /** A stored entry with the canonical state it hashes. */
    public record StoredEntry(long sequence, Instant recordedAt, UUID contractId, String action, String state,
            String stateHash, String previousHash, String entryHash) {
    }

    private static final String ENTRY_COLUMNS = """
            sequence, recorded_at, contract_id, action, state, state_hash, previous_hash, entry_hash""";

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    public Head head() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select sequence, entry_hash from registry_head where id = 1")
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    /** An entry the sequencer chained, with the event to emit for it (both null when the change emits none). */
    public record Chained(long sequence, UUID contractId, String eventType, String eventPayload,
            EventOrigin origin) {
    }

    /** A change to be chained by the sequencer: the contract's state, its hash, and the event to emit (or nulls). */
    public record PendingEntry(UUID contractId, RegistryAction action, String state, String stateHash,
            Instant recordedAt, String eventType, String eventPayload, EventOrigin origin) {
    }

    /**
     * Records a change to be chained by the sequencer. A plain insert: no lock on the chain, so concurrent
     * business transactions do not wait for each other here.
     */
    public void insertPending(PendingEntry entry) {
        // Typed binding: the event columns are null for changes that emit no event.
        entityManager.createNativeQuery("""
                insert into registry_pending (recorded_at, contract_id, action, state, state_hash, event_type,
                    event_payload, correlation_id, client_id, traceparent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .setParameter(2, entry.contractId())
                .setParameter(3, entry.action().name())
                .setParameter(4, entry.state())
                .setParameter(5, entry.stateHash())
                .unwrap(NativeQuery.class)
                .setParameter(6, entry.eventType(), String.class)
                .setParameter(7, entry.eventPayload(), String.class)
                .setParameter(8, entry.origin().request().correlationId(), String.class)
                .setParameter(9, entry.origin().request().clientId(), String.class)
                .setParameter(10, entry.origin().traceparent(), String.class)
                .executeUpdate();
    }

    /**
     * Chains up to {@code limit} committed pending entries through {@code registry_chain_pending}: one statement
     * that holds the head row lock until the caller's transaction ends. Returns them in chain order.
     */
    public List<Chained> chainPending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select chained_sequence, contract_id, event_type, event_payload, correlation_id, client_id,
                    traceparent
                from registry_chain_pending(?1)""")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Chained(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2],
                (String) r[3], new EventOrigin(new RequestContext.Ids((String) r[4], (String) r[5]), (String) r[6])))
                .toList();
    }

    /** An entry of one contract as the tree holds it, with the canonical state its state hash covers. */
    public record ContractEntry(long sequence, Instant recordedAt, RegistryAction action, String state,
            String stateHash) {
    }

    /** The pending queue at a glance: how many changes wait to be chained, and since when the oldest waits. */
    public record PendingQueue(long entries, Instant oldestRecordedAt) {
    }

    /** The registry sequences of a contract's chained entries, in order. */
    public List<Long> sequencesOf(UUID contractId) {
        return sequencesOf(List.of(contractId)).getOrDefault(contractId, List.of());
    }

    /** The registry sequences of each contract's chained entries, in order; contracts without any are absent. */
    public Map<UUID, List<Long>> sequencesOf(Collection<UUID> contractIds) {
        Map<UUID, List<Long>> sequences = new HashMap<>();
        if (contractIds.isEmpty()) {
            return sequences;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select contract_id, sequence from registry_entry where contract_id in (?1) order by sequence""")
                .setParameter(1, List.copyOf(contractIds)).getResultList();
        for (Object[] row : rows) {
            sequences.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return sequences;
    }

    /** A contract's entries that are leaves of the tree (all chained ones, once the tree has caught up), in order. */
    public List<ContractEntry> treeEntriesOf(UUID contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sequence, recorded_at, action, state, state_hash from registry_entry
                where contract_id = ?1 and sequence <= (select tree_size from registry_head where id = 1)
                order by sequence""").setParameter(1, contractId).getResultList();
        return rows.stream().map(r -> new ContractEntry(((Number) r[0]).longValue(), instant(r[1]),
                RegistryAction.valueOf((String) r[2]), (String) r[3], (String) r[4])).toList();
    }

    public PendingQueue pendingQueue() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select count(*), min(recorded_at) from registry_pending").getSingleResult();
        return new PendingQueue(((Number) row[0]).longValue(), row[1] == null ? null : instant(row[1]));
    }

    /** Changes recorded but not chained yet. */
    public long pendingCount() {
        return ((Number) entityManager.createNativeQuery("select count(*) from registry_pending").getSingleResult())
                .longValue();
    }

    public Optional<RegistryEntryView> entry(long sequence) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select sequence, recorded_at, contract_id, action, state_hash, previous_hash, entry_hash
                from registry_entry where sequence = ?1""").setParameter(1, sequence).getResultList();
        return rows.stream().findFirst().map(r -> new RegistryEntryView(((Number) r[0]).longValue(), instant(r[1]),
                (UUID) r[2], RegistryAction.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6]));
    }

    /**
     * Vacuums the pending-entry queue, outside any transaction (VACUUM cannot run in one). Every pending row is
     * deleted within milliseconds of its insert, and autovacuum visits a database at most once a minute
     * ({@code autovacuum_naptime}), so in between the sequencer's scan and delete walked thousands of dead rows:
     * 2-5 ms of PostgreSQL time per batch in the benchmark. SKIP_LOCKED: another instance's vacuum does as well.
     */
    public void vacuumPending() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum (skip_locked) registry_pending");
        }
    }

    /**
     * Visits every entry in sequence order in one read-only, repeatable-read transaction, {@code fetchSize} rows per
     * round trip, so memory stays constant. The head is read in the same snapshot and returned.
     */
    public Head streamEntries(int fetchSize, Consumer<StoredEntry> visitor) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                Head head;
                try (PreparedStatement select = connection
                        .prepareStatement("select sequence, entry_hash from registry_head where id = 1");
                        ResultSet rs = select.executeQuery()) {
                    rs.next();
                    head = new Head(rs.getLong(1), rs.getString(2));
                }
                try (PreparedStatement select = connection
                        .prepareStatement("select " + ENTRY_COLUMNS + " from registry_entry order by sequence")) {
                    select.setFetchSize(fetchSize);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            visitor.accept(new StoredEntry(rs.getLong(1),
                                    rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, UUID.class),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8)));
                        }
                    }
                }
                connection.commit();
                return head;
            } finally {
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Records that {@code head} was published; false when it already was (by this or another instance). */
    public boolean recordAnchor(Head head, Instant anchoredAt) {
        return entityManager.createNativeQuery("""
                insert into registry_anchor (sequence, entry_hash, anchored_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, head.sequence()).setParameter(2, head.entryHash())
                .setParameter(3, OffsetDateTime.ofInstant(anchoredAt, ZoneOffset.UTC)).executeUpdate() == 1;
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}
