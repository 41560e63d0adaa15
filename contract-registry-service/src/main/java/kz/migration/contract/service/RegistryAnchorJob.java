package kz.migration.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Publishes the registry head every {@code contract.registry.anchor-interval} ("off" disables it). */
@ApplicationScoped
public class RegistryAnchorJob {

    private static final Logger LOG = Logger.getLogger(RegistryAnchorJob.class);

    @Inject
    RegistryService registry;

    @Scheduled(identity = "registry-head-anchor", every = "${contract.registry.anchor-interval:PT10M}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void anchor() {
        registry.anchor().ifPresent(a -> LOG.infof("Anchored registry head %d %s", a.sequence(), a.headHash()));
    }
}
