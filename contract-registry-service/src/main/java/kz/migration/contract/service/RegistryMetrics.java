package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.CheckpointKeyring;
import kz.migration.contract.repository.RegistryRepository;
import kz.migration.contract.repository.RegistryRepository.PendingQueue;
import kz.migration.contract.repository.RegistryTreeRepository;
import kz.migration.contract.repository.RegistryTreeRepository.CheckpointSigner;
import kz.migration.tlog.VerifierKey;

/**
 * The registry log's metrics, as deploy/prometheus/rules expect them: the sequencer's queue
 * ({@code registry_chain_pending_entries}, {@code registry_chain_oldest_pending_age_seconds}, sampled every few
 * seconds), failed verifications ({@code registry_verification_failures_total{check="registry-chain"}}, 0 from the
 * start) and when each active checkpoint key is due for rotation
 * ({@code registry_signing_key_expiry_timestamp_seconds{key}}, absent before its first checkpoint).
 */
@ApplicationScoped
public class RegistryMetrics {

    private static final Logger LOG = Logger.getLogger(RegistryMetrics.class);

    @Inject
    MeterRegistry meters;

    @Inject
    RegistryRepository registry;

    @Inject
    RegistryTreeRepository tree;

    @Inject
    CheckpointKeyring keyring;

    @Inject
    ContractRegistryConfig config;

    @Inject
    Clock clock;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
    private final Map<String, Instant> firstSigned = new ConcurrentHashMap<>();
    private Counter verificationFailures;

    void register(@Observes StartupEvent start) {
        Gauge.builder("registry.chain.pending.entries", pending, AtomicLong::get)
                .description("Registry changes recorded but not chained yet").register(meters);
        Gauge.builder("registry.chain.oldest.pending.age.seconds", this, RegistryMetrics::oldestPendingAgeSeconds)
                .description("How long the oldest unchained registry change has waited").register(meters);
        verificationFailures = Counter.builder("registry.verification.failures").tag("check", "registry-chain")
                .description("Verifications that found the registry log altered").register(meters);
        for (VerifierKey key : keyring.verifierKeys()) {
            String id = key.encoded();
            Gauge.builder("registry.signing.key.expiry.timestamp.seconds", this, m -> m.rotateBy(id))
                    .tag("key", key.name() + "+" + key.keyIdHex())
                    .description("When the checkpoint signing key is due for rotation (Unix seconds)").register(meters);
        }
    }

    /** Counts a verification that found the log not intact; the alert RegistryChainVerificationFailed follows it. */
    public void verificationFailed() {
        verificationFailures.increment();
    }

    @Scheduled(identity = "registry-metrics", every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                PendingQueue queue = registry.pendingQueue();
                pending.set(queue.entries());
                oldestPending.set(queue.oldestRecordedAt());
                for (CheckpointSigner signer : tree.signers()) {
                    firstSigned.put(signer.verifierKey(), signer.firstSignedAt());
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf("Registry metrics not sampled (%s); the previous values stay", e.getMessage());
        }
    }

    private double oldestPendingAgeSeconds() {
        Instant oldest = oldestPending.get();
        return oldest == null ? 0 : Math.max(0, clock.millis() - oldest.toEpochMilli()) / 1000.0;
    }

    private double rotateBy(String verifierKey) {
        Instant first = firstSigned.get(verifierKey);
        return first == null
                ? Double.NaN
                : CheckpointKeyring.rotateBy(first, config.checkpoint().keyRotationPeriod()).getEpochSecond();
    }
}
