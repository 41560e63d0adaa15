package kz.migration.contract.service;

import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryHashes;
import kz.migration.contract.repository.RegistrySnapshot.Entry;
import kz.migration.contract.repository.RegistrySnapshot.Head;

/**
 * Walks the hash chain once, in sequence order, keeping only the running hash and the first failure: every entry's
 * state matches its state hash, points to the previous entry's hash, and hashes to its own entry hash; the head is
 * the last entry.
 */
final class ChainCheck {

    long checked;
    Long broken;
    String problem;
    private long expected = 1;
    private String runningHash = RegistryHashes.GENESIS;

    void accept(Entry entry) {
        checked++;
        if (broken != null) {
            return;
        }
        if (entry.sequence() != expected) {
            fail(expected, "entry " + expected + " is missing (next stored entry is " + entry.sequence() + ")");
            return;
        }
        try {
            RegistryAction.valueOf(entry.action());
        } catch (IllegalArgumentException e) {
            fail(entry.sequence(), "unknown action " + entry.action());
            return;
        }
        if (!RegistryHashes.sha256(entry.state()).equals(entry.stateHash())) {
            fail(entry.sequence(), "the recorded contract state does not match its state hash");
        } else if (!entry.previousHash().equals(runningHash)) {
            fail(entry.sequence(), "previous hash does not match the hash of entry " + (expected - 1));
        } else if (!RegistryHashes.entryHash(entry.sequence(), entry.recordedAtMicros(), entry.contractId(),
                entry.action(), entry.stateHash(), entry.previousHash()).equals(entry.entryHash())) {
            fail(entry.sequence(), "entry hash does not match the entry's content");
        }
        runningHash = entry.entryHash();
        expected++;
    }

    void finish(Head head) {
        if (broken == null && (head.sequence() != expected - 1 || !head.entryHash().equals(runningHash))) {
            fail(Math.min(head.sequence(), expected), "the head does not match the last entry of the chain");
        }
    }

    private void fail(long sequence, String why) {
        broken = sequence;
        problem = why;
    }
}
