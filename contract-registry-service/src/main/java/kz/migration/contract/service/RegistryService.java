package kz.migration.contract.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.migration.common.event.EventCodec;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.EventType;
import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
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
import kz.migration.contract.repository.RegistryRepository.Chained;
import kz.migration.contract.repository.RegistryRepository.Head;
import kz.migration.contract.repository.RegistryRepository.StoredEntry;

/**
 * The tamper-evident registry log: records changes as pending entries in the caller's transaction, chains them
 * (with {@link RegistrySequencer}), verifies the whole chain, proves single entries and anchors the head.
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

    @Inject
    EventCodec codec;

    @Inject
    Event<RegistrySequencer.EntryRecorded> entryRecorded;

    /**
     * Records the contract's current state as a pending registry entry and, with it, the event to emit once the
     * entry is chained ({@code event} may be null). Takes no lock on the chain: {@link RegistrySequencer} chains
     * committed entries in batches, so concurrent registrations do not queue behind each other. Call it after the
     * contract row was written in this transaction (it flushes first): pending entries of one contract are then
     * numbered, and chained, in commit order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(LabourContract contract, RegistryAction action, LocalDate replacedOn, EventPayload event) {
        entityManager.flush();
        String state = RegistryHashes.canonicalState(contract, replacedOn);
        String eventType = null;
        String eventPayload = null;
        if (event != null) {
            eventType = EventType.of(event).type();
            try {
                eventPayload = codec.mapper().writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Event cannot be written as JSON", e);
            }
        }
        registry.insertPending(contract.id, action, state, RegistryHashes.sha256(state),
                clock.instant().truncatedTo(ChronoUnit.MICROS), eventType, eventPayload, outbox.currentOrigin());
        entryRecorded.fire(new RegistrySequencer.EntryRecorded());
    }

    /**
     * Chains up to one batch of committed pending entries and emits their events, now carrying the registry
     * sequence, in chain order (so per contract in the order of its changes). Returns how many were chained.
     */
    @Transactional
    public int chainPending() {
        List<Chained> chained = registry.chainPending(config.sequencerBatchSize());
        for (Chained entry : chained) {
            if (entry.eventType() != null) {
                outbox.append(entry.contractId().toString(), withSequence(entry), entry.origin());
            }
        }
        return chained.size();
    }

    /** Clears the dead rows chaining leaves in the pending queue; runs outside any transaction. */
    public void vacuumPending() {
        try {
            registry.vacuumPending();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum registry_pending: " + e.getMessage(), e);
        }
    }

    private EventPayload withSequence(Chained entry) {
        EventType type = EventType.fromType(entry.eventType())
                .orElseThrow(() -> new IllegalStateException("Unknown pending event type " + entry.eventType()));
        EventPayload payload;
        try {
            payload = codec.mapper().readValue(entry.eventPayload(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Pending event of entry " + entry.sequence() + " is unreadable", e);
        }
        if (payload instanceof ContractRegistered registered) {
            return registered.withRegistrySequence(entry.sequence());
        }
        if (payload instanceof ContractAmended amended) {
            return amended.withRegistrySequence(entry.sequence());
        }
        if (payload instanceof ContractTerminated terminated) {
            return terminated.withRegistrySequence(entry.sequence());
        }
        return payload;
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
                check.broken, check.problem, pendingEntries(), clock.instant());
    }

    /** Changes recorded but not chained yet; the sequencer normally keeps this near zero. */
    @Transactional
    public long pendingEntries() {
        return registry.pendingCount();
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
