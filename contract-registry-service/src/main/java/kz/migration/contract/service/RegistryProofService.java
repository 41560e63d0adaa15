package kz.migration.contract.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.problem.ProblemException;
import kz.migration.contract.api.RegistryConsistencyProof;
import kz.migration.contract.api.RegistryInclusionProof;
import kz.migration.contract.api.RegistryKeys;
import kz.migration.contract.domain.ContractProblems;
import kz.migration.contract.repository.RegistryTreeRepository.StoredCheckpoint;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.Hash;
import kz.migration.tlog.InclusionProof;

/**
 * What anyone may fetch to check the registry log offline: the latest checkpoint, the keys that verify it, and
 * inclusion and consistency proofs for tree sizes the log has reached. Nothing here carries personal data: leaves
 * are salted hashes, proofs are node hashes.
 */
@ApplicationScoped
public class RegistryProofService {

    @Inject
    RegistryTree tree;

    @Inject
    RegistryCheckpoints checkpoints;

    /** The latest checkpoint note; the sequencer signs the first within a second of the service's start. */
    public String checkpoint() {
        return checkpoints.latest().map(StoredCheckpoint::note)
                .orElseThrow(() -> new ProblemException(ContractProblems.REGISTRY_NO_CHECKPOINT,
                        "No checkpoint has been signed yet; the registry signs one within a second of starting")
                        .with("retryAfterSeconds", 1));
    }

    public RegistryKeys keys() {
        return checkpoints.keys();
    }

    /** RFC 9162 §2.1.3 audit path of entry {@code sequence} in the tree of {@code treeSize} entries. */
    public RegistryInclusionProof inclusion(long sequence, long treeSize) {
        long size = tree.size();
        if (sequence > size) {
            throw new ProblemException(ContractProblems.REGISTRY_ENTRY_NOT_IN_TREE, "Entry " + sequence
                    + " is not in the registry's tree, which holds " + size + " entries; a change is chained and"
                    + " added to the tree moments after it is registered").with("logSize", size);
        }
        requireWithinLog("treeSize", treeSize, size);
        if (treeSize < sequence) {
            throw ProblemException.invalid("treeSize",
                    "must be at least the entry's sequence " + sequence + ": a tree of " + treeSize
                            + " entries does not hold it");
        }
        InclusionProof proof = tree.inclusionProof(sequence, treeSize);
        return new RegistryInclusionProof(sequence, proof.leafIndex(), proof.treeSize(), base64(proof.auditPath()));
    }

    /** RFC 9162 §2.1.4 proof that the tree of {@code to} entries extends the one of {@code from}. */
    public RegistryConsistencyProof consistency(long from, long to) {
        if (from > to) {
            throw ProblemException.invalid("from", "must not exceed to (" + to + "): a log only grows");
        }
        requireWithinLog("to", to, tree.size());
        ConsistencyProof proof = tree.consistencyProof(from, to);
        return new RegistryConsistencyProof(from, to, base64(proof.path()));
    }

    private static void requireWithinLog(String parameter, long treeSize, long size) {
        if (treeSize > size) {
            throw new ProblemException(ContractProblems.REGISTRY_TREE_SIZE_BEYOND_LOG, parameter + " " + treeSize
                    + " is beyond the registry's tree, which holds " + size + " entries")
                    .with("logSize", size);
        }
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::base64).toList();
    }
}
