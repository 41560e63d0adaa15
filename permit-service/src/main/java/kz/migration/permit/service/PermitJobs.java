package kz.migration.permit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** The timer of the Clock-driven jobs; each step is its own transaction and safe to run on several instances. */
@ApplicationScoped
public class PermitJobs {

    private static final Logger LOG = Logger.getLogger(PermitJobs.class);

    @Inject
    PermitLifecycleService lifecycle;

    @Scheduled(identity = "permit-lifecycle", every = "${permit.jobs.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int lapsed = lifecycle.lapseUnpaid();
        int expired = lifecycle.expire();
        int reminded = lifecycle.remindOfExpiry();
        if (lapsed + expired + reminded > 0) {
            LOG.infof("lapsed %d approvals, expired %d permits, sent %d expiry reminders", lapsed, expired, reminded);
        }
    }
}
