package kz.migration.contract.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.domain.RegistryHashes;
import kz.migration.contract.repository.RegistryRepository;
import kz.migration.contract.repository.RegistryRepository.Chained;
import kz.migration.contract.repository.RegistryRepository.Head;
import kz.migration.contract.repository.RegistryRepository.PendingEntry;

/**
 * The tamper-evident registry log: records changes as pending entries in the caller's transaction, chains them into
 * the hash chain and the Merkle tree (with {@link RegistrySequencer}), proves single entries to auditors and anchors
 * the chain's head. {@link RegistryVerifier} verifies the whole log.
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

    @Inject
    RegistryTree tree;

    @Inject
    RegistryCheckpoints checkpoints;

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
        registry.insertPending(pendingEntry(contract, action, replacedOn, event));
        entryRecorded.fire(new RegistrySequencer.EntryRecorded());
    }

    /**
     * The pending entry {@link #record} would insert, for a caller that writes it in a statement of its own; call
     * {@link #recorded} once that committed.
     */
    public PendingEntry pendingEntry(LabourContract contract, RegistryAction action, LocalDate replacedOn,
            EventPayload event) {
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
        return new PendingEntry(contract.id, action, state, RegistryHashes.sha256(state),
                clock.instant().truncatedTo(ChronoUnit.MICROS), eventType, eventPayload, outbox.currentOrigin());
    }

    /** A pending entry written outside a transaction has committed: the sequencer chains it now. */
    public void recorded() {
        entryRecorded.fire(new RegistrySequencer.EntryRecorded());
    }

    /** What one sequencer transaction did: entries chained, and whether chained entries still wait for the tree. */
    public record SequencerBatch(int chained, boolean treeBehind) {
    }

    /**
     * One sequencer transaction, under the registry head's row lock: chains up to one batch of committed pending
     * entries, appends them to the Merkle tree, emits their events, now carrying the registry sequence, in chain
     * order (so per contract in the order of its changes) in one statement, and signs a checkpoint of the tree when
     * one is due.
     */
    @Transactional
    public SequencerBatch chainPending() {
        List<Chained> chained = registry.chainPending(config.sequencerBatchSize());
        RegistryTree.Appended appended = tree.appendChained(config.treeAppendBatchSize());
        List<Outbox.Caused> events = new ArrayList<>(chained.size());
        for (Chained entry : chained) {
            if (entry.eventType() != null) {
                events.add(new Outbox.Caused(entry.contractId().toString(), withSequence(entry), entry.origin()));
            }
        }
        outbox.appendAll(events);
        checkpoints.publishIfDue(appended.head(), clock.instant());
        return new SequencerBatch(chained.size(), appended.behind());
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
}
