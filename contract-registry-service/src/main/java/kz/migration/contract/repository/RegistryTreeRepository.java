package kz.migration.contract.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import kz.migration.contract.domain.RegistryAction;
import kz.migration.tlog.NodeStore;

/**
 * The registry log's Merkle tree and checkpoints: the tree size kept with the head, the entries to append as leaves
 * (with their contracts' salts), the node store, the signed checkpoints and the keys that signed them.
 */
@ApplicationScoped
public class RegistryTreeRepository {

    /** How many entries are chained, and how many of them are leaves of the tree. */
    public record TreeState(long chained, long treeSize) {
    }

    /** What a leaf is made of: the stored entry's public fields, its state hash and its contract's salt. */
    public record LeafEntry(long sequence, Instant recordedAt, UUID contractId, RegistryAction action, String stateHash,
            byte[] salt) {
    }

    /** A signed checkpoint as stored: the note exactly as published. */
    public record StoredCheckpoint(long treeSize, byte[] rootHash, Instant signedAt, String note) {
    }

    /** A key that signed checkpoints, and the first and last it signed. */
    public record CheckpointSigner(String verifierKey, long firstTreeSize, Instant firstSignedAt, long lastTreeSize,
            Instant lastSignedAt) {
    }

    @Inject
    EntityManager entityManager;

    public TreeState state() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select sequence, tree_size from registry_head where id = 1").getSingleResult();
        return new TreeState(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The entries with sequences in ({@code after}, {@code through}], in order, each with its contract's salt. */
    public List<LeafEntry> leafEntries(long after, long through) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.sequence, e.recorded_at, e.contract_id, e.action, e.state_hash, c.state_salt
                from registry_entry e join labour_contract c on c.id = e.contract_id
                where e.sequence > ?1 and e.sequence <= ?2 order by e.sequence""")
                .setParameter(1, after).setParameter(2, through).getResultList();
        return rows.stream().map(r -> new LeafEntry(((Number) r[0]).longValue(), RegistryRepository.instant(r[1]),
                (UUID) r[2], RegistryAction.valueOf((String) r[3]), (String) r[4], (byte[]) r[5])).toList();
    }

    /** Moves the tree size; the caller's transaction holds the head row's lock (the sequencer's). */
    public void setTreeSize(long treeSize) {
        entityManager.createNativeQuery("update registry_head set tree_size = ?1 where id = 1")
                .setParameter(1, treeSize).executeUpdate();
    }

    /** Runs {@code work} on the tree's nodes through the JDBC connection of the current transaction. */
    public <T> T withNodes(Function<NodeStore, T> work) {
        entityManager.flush();
        return entityManager.unwrap(Session.class)
                .doReturningWork(connection -> work.apply(new PostgresNodeStore(connection)));
    }

    /** The checkpoint of the largest tree: the tree only grows, so the latest one. */
    public Optional<StoredCheckpoint> latestCheckpoint() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select tree_size, root_hash, signed_at, note from registry_checkpoint
                order by tree_size desc limit 1""").getResultList();
        return rows.stream().findFirst().map(r -> new StoredCheckpoint(((Number) r[0]).longValue(), (byte[]) r[1],
                RegistryRepository.instant(r[2]), (String) r[3]));
    }

    public void insertCheckpoint(StoredCheckpoint checkpoint) {
        entityManager.createNativeQuery("""
                insert into registry_checkpoint (tree_size, root_hash, signed_at, note) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, checkpoint.treeSize()).setParameter(2, checkpoint.rootHash())
                .setParameter(3, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC))
                .setParameter(4, checkpoint.note()).executeUpdate();
    }

    /** Records that {@code verifierKey} signed the checkpoint of {@code treeSize}. */
    public void recordSigner(String verifierKey, long treeSize, Instant signedAt) {
        OffsetDateTime at = OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC);
        entityManager.createNativeQuery("""
                insert into registry_checkpoint_key (verifier_key, first_tree_size, first_signed_at, last_tree_size,
                    last_signed_at)
                values (?1, ?2, ?3, ?2, ?3)
                on conflict (verifier_key) do update
                set last_tree_size = excluded.last_tree_size, last_signed_at = excluded.last_signed_at""")
                .setParameter(1, verifierKey).setParameter(2, treeSize).setParameter(3, at).executeUpdate();
    }

    /** Every key that ever signed a checkpoint, in the order they started signing. */
    public List<CheckpointSigner> signers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select verifier_key, first_tree_size, first_signed_at, last_tree_size, last_signed_at
                from registry_checkpoint_key order by first_tree_size, verifier_key""").getResultList();
        return rows.stream().map(r -> new CheckpointSigner((String) r[0], ((Number) r[1]).longValue(),
                RegistryRepository.instant(r[2]), ((Number) r[3]).longValue(), RegistryRepository.instant(r[4])))
                .toList();
    }
}
