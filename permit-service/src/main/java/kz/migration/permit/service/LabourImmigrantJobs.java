package kz.migration.permit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** The timer of the labour immigrants' lapse job; each run is one transaction, safe on several instances. */
@ApplicationScoped
public class LabourImmigrantJobs {

    private static final Logger LOG = Logger.getLogger(LabourImmigrantJobs.class);

    @Inject
    LabourImmigrantTaxService taxes;

    @Scheduled(identity = "labour-immigrant-tax-lapse", every = "${permit.jobs.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int lapsed = taxes.lapseUnpaid();
        if (lapsed > 0) {
            LOG.infof("lapsed %d unpaid labour-immigrant taxes", lapsed);
        }
    }
}
