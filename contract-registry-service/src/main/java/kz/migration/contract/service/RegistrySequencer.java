package kz.migration.contract.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import kz.migration.contract.config.ContractRegistryConfig;

/**
 * The single writer of the registry chain and its Merkle tree. Business transactions only insert pending entries;
 * this sequencer chains the committed ones in batches ({@link RegistryService#chainPending()}), appends them to the
 * tree and signs checkpoints, on one thread, started by each such commit (after a short linger, so that commits close
 * together share a batch) and by a poll every second. Several instances may run one each: the head row lock taken by
 * {@code registry_chain_pending} lets one chain at a time, and the others then find only what is left, so an entry
 * is never chained twice or forked.
 */
@ApplicationScoped
public class RegistrySequencer {

    private static final Logger LOG = Logger.getLogger(RegistrySequencer.class);

    /** Fired by {@link RegistryService#record} for each pending entry; observed once the transaction commits. */
    public record EntryRecorded() {
    }

    @Inject
    RegistryService registry;

    @Inject
    ContractRegistryConfig config;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "registry-sequencer");
        thread.setDaemon(true);
        return thread;
    });

    /** True while a drain is queued and has not started: commits arriving meanwhile are served by that drain. */
    private final AtomicBoolean queued = new AtomicBoolean();

    /** Entries chained since the pending queue was last vacuumed; only the sequencer's thread uses it. */
    private long chainedSinceVacuum;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EntryRecorded recorded) {
        requestDrain(config.sequencerLinger());
    }

    /**
     * Catches entries committed by another instance, or left by a drain that failed (it is retried here), and signs
     * the checkpoint that a batch could not sign because the previous one was less than a second old.
     */
    @Scheduled(identity = "registry-sequencer-poll", every = "${contract.registry.sequencer-poll-interval:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        requestDrain(Duration.ZERO);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void requestDrain(Duration linger) {
        if (!worker.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                worker.schedule(this::drain, linger.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    /**
     * Chains batches until one comes back short and the tree has every chained entry, i.e. nothing committed is
     * left; then vacuums the pending queue when enough chained rows have died in it since the last time. Each batch
     * signs a checkpoint when one is due, so the poll also signs the tree a batch grew too soon after the last one.
     */
    private void drain() {
        queued.set(false);
        try {
            RegistryService.SequencerBatch batch;
            do {
                batch = registry.chainPending();
                chainedSinceVacuum += batch.chained();
            } while (batch.chained() == config.sequencerBatchSize() || batch.treeBehind());
        } catch (RuntimeException e) {
            LOG.warnf("Registry sequencer could not chain (%s); the next commit or poll retries", e.getMessage());
            return;
        }
        if (config.pendingVacuumEvery() > 0 && chainedSinceVacuum >= config.pendingVacuumEvery()) {
            chainedSinceVacuum = 0;
            try {
                registry.vacuumPending();
            } catch (RuntimeException e) {
                LOG.warnf("Registry sequencer could not vacuum registry_pending (%s); chaining goes on, more slowly",
                        e.getMessage());
            }
        }
    }
}
