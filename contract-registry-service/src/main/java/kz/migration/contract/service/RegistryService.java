package kz.migration.contract.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.migration.common.event.contract.RegistryHeadAnchored;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.contract.api.RegistryEntryView;
import kz.migration.contract.api.RegistryProof;
import kz.migration.contract.api.RegistryVerification;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryHashes;
import kz.migration.contract.repository.RegistryRepository;
import kz.migration.contract.repository.RegistryRepository.Head;
import kz.migration.contract.repository.RegistryRepository.StoredEntry;

/**
 * The tamper-evident registry log: appends hash-chained entries in the caller's transaction, verifies the whole
 * chain, proves single entries and anchors the head through an event.
 */
@ApplicationScoped
public class RegistryService {

    /** Kafka key of RegistryHeadAnchored: one key keeps the anchors in order. */
    static final String ANCHOR_AGGREGATE = "registry-head";

    @Inject
    RegistryRepository registry;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ContractRegistryConfig config;

    /**
     * Appends an entry for the contract's current state and returns its sequence number. Call it as the last write
     * of the transaction that changed the contract: the head stays locked from here to the commit, so everything
     * that can be done before (flush, canonical JSON, state hash) is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(LabourContract contract, RegistryAction action, LocalDate replacedOn) {
        entityManager.flush();
        String state = RegistryHashes.canonicalState(contract, replacedOn);
        return registry.append(contract.id, action, state, RegistryHashes.sha256(state),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Recomputes every hash and link, streaming; reports the first entry that does not verify. */
    public RegistryVerification verify() {
        ChainCheck check = new ChainCheck();
        Head head;
        try {
            head = registry.streamEntries(config.verifyFetchSize(), check);
        } catch (SQLException e) {
            throw new IllegalStateException("Registry log could not be read", e);
        }
        check.finish(head);
        return new RegistryVerification(check.broken == null, check.checked, head.sequence(), head.entryHash(),
                check.broken, check.problem, clock.instant());
    }

    @Transactional
    public RegistryProof proof(long sequence) {
        RegistryEntryView entry = registry.entry(sequence)
                .orElseThrow(() -> ProblemException.notFound("Registry entry", sequence));
        RegistryProof.Link previous = registry.entry(sequence - 1).map(RegistryService::link).orElse(null);
        RegistryProof.Link next = registry.entry(sequence + 1).map(RegistryService::link).orElse(null);
        Head head = registry.head();
        return new RegistryProof(entry, previous, next, new RegistryProof.Link(head.sequence(), head.entryHash(),
                null));
    }

    /** Publishes the head as RegistryHeadAnchored unless it was already published or the log is empty. */
    @Transactional
    public Optional<RegistryHeadAnchored> anchor() {
        Head head = registry.head();
        Instant now = clock.instant();
        if (head.sequence() == 0 || !registry.recordAnchor(head, now)) {
            return Optional.empty();
        }
        RegistryHeadAnchored anchored = new RegistryHeadAnchored(head.sequence(), head.entryHash(), now);
        outbox.append(ANCHOR_AGGREGATE, anchored);
        return Optional.of(anchored);
    }

    private static RegistryProof.Link link(RegistryEntryView entry) {
        return new RegistryProof.Link(entry.sequence(), entry.entryHash(), entry.previousHash());
    }

    /** Walks the chain once, keeping only the running hash and the first failure. */
    private static final class ChainCheck implements java.util.function.Consumer<StoredEntry> {
        long checked;
        long expected = 1;
        String runningHash = RegistryHashes.GENESIS;
        Long broken;
        String problem;

        @Override
        public void accept(StoredEntry entry) {
            checked++;
            if (broken != null) {
                return;
            }
            if (entry.sequence() != expected) {
                fail(expected, "entry " + expected + " is missing (next stored entry is " + entry.sequence() + ")");
                return;
            }
            RegistryAction action;
            try {
                action = RegistryAction.valueOf(entry.action());
            } catch (IllegalArgumentException e) {
                fail(entry.sequence(), "unknown action " + entry.action());
                return;
            }
            if (!RegistryHashes.sha256(entry.state()).equals(entry.stateHash())) {
                fail(entry.sequence(), "the recorded contract state does not match its state hash");
            } else if (!entry.previousHash().equals(runningHash)) {
                fail(entry.sequence(), "previous hash does not match the hash of entry " + (expected - 1));
            } else if (!RegistryHashes.entryHash(entry.sequence(), entry.recordedAt(), entry.contractId(), action,
                    entry.stateHash(), entry.previousHash()).equals(entry.entryHash())) {
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
}
