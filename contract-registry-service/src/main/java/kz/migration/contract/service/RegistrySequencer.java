package kz.migration.contract.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import kz.migration.contract.config.ContractRegistryConfig;

/**
 * The single writer of the registry chain. Business transactions only insert pending entries; this thread chains
 * the committed ones in batches ({@link RegistryService#chainPending()}), woken by each such commit and polling as a
 * fallback. Several instances may run one each: the head row lock taken by {@code registry_chain_pending} lets one
 * chain at a time, and the others then find only what is left, so an entry is never chained twice or forked.
 */
@ApplicationScoped
public class RegistrySequencer {

    private static final Logger LOG = Logger.getLogger(RegistrySequencer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    RegistryService registry;

    @Inject
    ContractRegistryConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "registry-sequencer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Wakes the sequencer when the current transaction commits; once per transaction. */
    void wakeAfterCommit() {
        if (transactions.getResource(RegistrySequencer.class) == null) {
            transactions.putResource(RegistrySequencer.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wake();
                    }
                }
            });
        }
    }

    private void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void run() {
        Duration backoff = config.sequencerPollInterval();
        while (running) {
            try {
                int chained = registry.chainPending();
                backoff = config.sequencerPollInterval();
                if (chained < config.sequencerBatchSize()) {
                    wakeups.tryAcquire(config.sequencerPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Registry sequencer could not chain (%s); retrying in %s", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
