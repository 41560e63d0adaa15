package kz.migration.inspection.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import kz.migration.inspection.config.InspectionConfig;
import kz.migration.inspection.domain.WagePolicy;
import kz.migration.inspection.repository.ReadModelRepository;

/**
 * Each run judges the contracts whose months' grace is over, a batch per transaction. Safe on any number of
 * instances: a contract another instance has locked is skipped (SKIP LOCKED) and judged on its next run, and a month
 * is judged once (the unique key of wage_month), so a case is opened once.
 */
@ApplicationScoped
public class WageMonitorJob {

    private static final Logger LOG = Logger.getLogger(WageMonitorJob.class);

    /** What one batch did and where the next starts. */
    private record Batch(int size, String last, int breaches) {
    }

    @Inject
    ReadModelRepository readModels;

    @Inject
    WageMonitor monitor;

    @Inject
    WagePolicy policy;

    @Inject
    InspectionConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "wage-monitor", every = "{inspection.wages.job-interval}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Judges every month due now; returns how many were found short or missing. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastJudged = policy.lastJudgedMonth(today).atDay(1);
        int size = config.wages().batchSize();
        int breaches = 0;
        Batch batch = null;
        do {
            String after = batch == null ? null : batch.last();
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<String> contracts = readModels.lockContractsToJudge(lastJudged, after, size);
                int found = 0;
                for (String contract : contracts) {
                    found += monitor.judge(contract, today);
                }
                return new Batch(contracts.size(), contracts.isEmpty() ? after : contracts.get(contracts.size() - 1),
                        found);
            });
            breaches += batch.breaches();
        } while (batch.size() == size);
        if (breaches > 0) {
            LOG.infof("Wage monitor: %d months found short or missing", breaches);
        }
        return breaches;
    }
}
