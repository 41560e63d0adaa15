package kz.migration.contract.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.CheckpointKeyring;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryLeaves;
import kz.migration.contract.repository.RegistrySnapshot;
import kz.migration.contract.repository.RegistryTreeRepository.StoredCheckpoint;
import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.Hash;
import kz.migration.tlog.VerificationException;
import kz.migration.tlog.VerifierKey;

/**
 * Verifies the whole registry log from what is stored, streaming, in one snapshot: the hash chain entry by entry
 * ({@link ChainCheck}); every leaf recomputed from its entry and its contract's salt, every node of the Merkle tree
 * rebuilt from those leaves and compared with the stored one ({@link TreeCheck}); the latest checkpoint's signature,
 * and its root against the rebuilt tree. The entries are read and hashed on the calling thread while a second thread
 * reads the stored nodes and rebuilds the tree. A row altered directly in the database fails one of these checks.
 */
@ApplicationScoped
public class RegistryVerifier {

    /** Leaf hashes handed from the entries to the tree thread per batch. */
    private static final int BATCH = 4096;
    private static final Hash[] END = new Hash[0];

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContractRegistryConfig config;

    @Inject
    CheckpointKeyring keyring;

    @Inject
    RegistryService registry;

    @Inject
    RegistryMetrics metrics;

    @Inject
    Clock clock;

    /** Verifies everything and reports the first failure, if any; a failure also counts in the metrics. */
    public RegistryVerification verify() {
        RegistryVerification result;
        try (RegistrySnapshot snapshot = RegistrySnapshot.open(dataSource, config.verifyFetchSize())) {
            result = verify(snapshot);
        } catch (SQLException e) {
            throw new IllegalStateException("Registry log could not be read: " + e.getMessage(), e);
        }
        if (!result.intact()) {
            metrics.verificationFailed();
        }
        return result;
    }

    private RegistryVerification verify(RegistrySnapshot snapshot) throws SQLException {
        RegistrySnapshot.Head head = snapshot.head();
        Optional<StoredCheckpoint> checkpoint = snapshot.latestCheckpoint();
        String checkpointProblem = checkpoint.flatMap(c -> checkpointProblem(c, head, snapshot)).orElse(null);
        long checkpointSize = checkpoint.isEmpty() || checkpointProblem != null ? -1 : checkpoint.get().treeSize();
        TreeCheck tree = new TreeCheck(snapshot, head.treeSize(), checkpointSize,
                checkpointSize < 0 ? null : Hash.of(checkpoint.get().rootHash()));
        ChainCheck chain = new ChainCheck();

        BlockingQueue<Hash[]> leaves = new ArrayBlockingQueue<>(8);
        ExecutorService treeThread = Executors
                .newSingleThreadExecutor(task -> new Thread(task, "registry-verification-tree"));
        Future<?> rebuilt = treeThread.submit(() -> rebuild(leaves, tree));
        try {
            List<Hash> batch = new ArrayList<>(BATCH);
            snapshot.entries(entry -> {
                chain.accept(entry);
                if (entry.sequence() <= head.treeSize() && !rebuilt.isDone()) {
                    batch.add(leafHash(entry));
                    if (batch.size() == BATCH) {
                        hand(leaves, batch.toArray(Hash[]::new), rebuilt);
                        batch.clear();
                    }
                }
            });
            hand(leaves, batch.toArray(Hash[]::new), rebuilt);
            hand(leaves, END, rebuilt);
            rebuilt.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Registry verification was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Registry tree could not be checked: " + e.getCause().getMessage(), e);
        } finally {
            treeThread.shutdownNow();
        }
        chain.finish(head);

        Long broken = chain.broken;
        String problem = chain.problem;
        if (tree.broken != null && (broken == null || tree.broken < broken)) {
            broken = tree.broken;
            problem = tree.problem;
        }
        if (checkpointProblem != null && broken == null) {
            broken = checkpoint.get().treeSize();
            problem = checkpointProblem;
        }
        return new RegistryVerification(broken == null, chain.checked, head.sequence(), head.entryHash(), broken,
                problem, registry.pendingEntries(), clock.instant(), head.treeSize(), tree.root().base64(),
                tree.nodesChecked, checkpoint.map(StoredCheckpoint::treeSize).orElse(null));
    }

    private static void rebuild(BlockingQueue<Hash[]> leaves, TreeCheck tree) {
        try {
            for (Hash[] batch = leaves.take(); batch != END; batch = leaves.take()) {
                for (Hash leaf : batch) {
                    tree.append(leaf);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Hash leafHash(RegistrySnapshot.Entry entry) {
        RegistryAction action;
        try {
            action = RegistryAction.valueOf(entry.action());
        } catch (IllegalArgumentException unknown) {
            return Hash.of(new byte[Hash.SIZE]); // the chain check reports the unknown action
        }
        return RegistryLeaves.leaf(entry.sequence(),
                Instant.EPOCH.plus(entry.recordedAtMicros(), ChronoUnit.MICROS),
                UUID.fromString(entry.contractId()), action, entry.stateHash(), entry.salt()).leafHash();
    }

    /** Why the latest checkpoint is not a valid signature of the stored tree head, if it is not. */
    private Optional<String> checkpointProblem(StoredCheckpoint stored, RegistrySnapshot.Head head,
            RegistrySnapshot snapshot) {
        Set<VerifierKey> trusted = new LinkedHashSet<>(keyring.verifierKeys());
        try {
            snapshot.signerKeys().forEach(key -> trusted.add(VerifierKey.parse(key)));
            Checkpoint signed = Checkpoint.open(stored.note(), keyring.origin(), trusted);
            if (signed.size() != stored.treeSize() || !signed.rootHash().equals(Hash.of(stored.rootHash()))) {
                return Optional.of("the latest checkpoint's note signs another tree head than the one stored with it");
            }
        } catch (VerificationException e) {
            return Optional.of("the latest checkpoint does not verify: " + e.getMessage());
        } catch (SQLException | IllegalArgumentException e) {
            return Optional.of("the keys of the latest checkpoint could not be read: " + e.getMessage());
        }
        if (stored.treeSize() > head.treeSize()) {
            return Optional.of("the latest checkpoint signs " + stored.treeSize() + " entries, the tree holds "
                    + head.treeSize());
        }
        return Optional.empty();
    }

    /** Hands a batch to the tree thread; gives up when that thread has ended (it failed: get() says why). */
    private static void hand(BlockingQueue<Hash[]> leaves, Hash[] batch, Future<?> rebuilt) {
        try {
            while (!leaves.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (rebuilt.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Registry verification was interrupted", e);
        }
    }
}
