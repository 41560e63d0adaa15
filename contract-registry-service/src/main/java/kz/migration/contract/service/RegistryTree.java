package kz.migration.contract.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.contract.domain.RegistryLeaves;
import kz.migration.contract.repository.RegistryTreeRepository;
import kz.migration.contract.repository.RegistryTreeRepository.LeafEntry;
import kz.migration.contract.repository.RegistryTreeRepository.TreeState;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.Hash;
import kz.migration.tlog.InclusionProof;
import kz.migration.tlog.MerkleLog;
import kz.migration.tlog.TreeHead;

/**
 * The registry log's Merkle tree (RFC 9162) in PostgreSQL: the sequencer appends the entries it chained as leaves in
 * the same transaction, reading and writing O(log n) nodes; proofs read at most 2 log2(n) nodes in one statement.
 */
@ApplicationScoped
public class RegistryTree {

    @Inject
    RegistryTreeRepository tree;

    /** The tree after a sequencer transaction, and whether chained entries are still waiting to become leaves. */
    public record Appended(TreeHead head, boolean behind) {
    }

    /**
     * Appends the chained entries that are not leaves yet, at most {@code maxLeaves} of them, and moves the tree
     * size. Runs in the sequencer's transaction, which holds the registry head's row lock: one writer at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Appended appendChained(int maxLeaves) {
        TreeState state = tree.state();
        long through = Math.min(state.chained(), state.treeSize() + maxLeaves);
        List<LeafEntry> entries = through > state.treeSize()
                ? tree.leafEntries(state.treeSize(), through)
                : List.of();
        if (entries.size() != through - state.treeSize()) {
            throw new IllegalStateException("Registry entries " + (state.treeSize() + 1) + " to " + through
                    + " should all exist; " + entries.size() + " do");
        }
        List<Hash> leaves = entries.stream().map(e -> RegistryLeaves
                .leaf(e.sequence(), e.recordedAt(), e.contractId(), e.action(), e.stateHash(), e.salt()).leafHash())
                .toList();
        TreeHead head = tree.withNodes(nodes -> new MerkleLog(nodes).append(state.treeSize(), leaves));
        if (!leaves.isEmpty()) {
            tree.setTreeSize(head.size());
        }
        return new Appended(head, head.size() < state.chained());
    }

    /** How many entries are leaves of the tree now. */
    @Transactional
    public long size() {
        return tree.state().treeSize();
    }

    /** The audit path of entry {@code sequence} in the tree of {@code treeSize} leaves; both checked by the caller. */
    @Transactional
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        return tree.withNodes(nodes -> new MerkleLog(nodes).inclusionProof(sequence - 1, treeSize));
    }

    /** The proof that the tree of {@code to} leaves extends the one of {@code from}; checked by the caller. */
    @Transactional
    public ConsistencyProof consistencyProof(long from, long to) {
        return tree.withNodes(nodes -> new MerkleLog(nodes).consistencyProof(from, to));
    }
}
