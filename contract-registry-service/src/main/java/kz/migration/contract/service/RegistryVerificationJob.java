package kz.migration.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import kz.migration.contract.api.RegistryVerification;

/**
 * Verifies the whole registry log every {@code contract.registry.verify-interval} (an hour; "off" disables it), first
 * five minutes after start-up. A failure is logged and counted (registry_verification_failures_total), which raises
 * the alert RegistryChainVerificationFailed.
 */
@ApplicationScoped
public class RegistryVerificationJob {

    private static final Logger LOG = Logger.getLogger(RegistryVerificationJob.class);

    @Inject
    RegistryVerifier verifier;

    @Scheduled(identity = "registry-verification", every = "${contract.registry.verify-interval:PT1H}", delayed = "PT5M", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void verify() {
        RegistryVerification result = verifier.verify();
        if (result.intact()) {
            LOG.infof("Registry log verified: %d entries, tree of %d, checkpoint of %s", result.entriesChecked(),
                    result.treeSize(), result.checkpointTreeSize());
        } else {
            LOG.errorf("Registry log verification FAILED at entry %d: %s", result.firstBrokenSequence(),
                    result.problem());
        }
    }
}
