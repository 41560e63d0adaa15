package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.outbox.Outbox;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.repository.VacancyRepository;

/**
 * Passes the domestic labour-market test of open vacancies whose 15 calendar days are over and that still have
 * open positions, and emits {@link LabourMarketTestPassed} for the remaining positions. Safe on any number of
 * instances: each batch passes its vacancies with one conditional UPDATE (SKIP LOCKED, re-checked on the row) and
 * appends the events in the same transaction, so an event exists exactly when its vacancy passed.
 */
@ApplicationScoped
public class LabourMarketTestJob {

    private static final Logger LOG = Logger.getLogger(LabourMarketTestJob.class);

    @Inject
    VacancyRepository vacancies;

    @Inject
    Outbox outbox;

    @Inject
    VacancyConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "labour-market-test", every = "{vacancy.labour-market-test.job-interval}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Passes every due test now; returns how many vacancies passed in this run. */
    public int run() {
        int batchSize = config.labourMarketTest().batchSize();
        int total = 0;
        while (true) {
            int passed = QuarkusTransaction.requiringNew().call(() -> passBatch(batchSize));
            total += passed;
            if (passed < batchSize) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("Labour-market test passed for %d vacancies", total);
        }
        return total;
    }

    private int passBatch(int batchSize) {
        Instant now = clock.instant();
        List<VacancyRepository.PassedTest> passed = vacancies.passDueTests(LocalDate.now(clock), now, batchSize);
        for (VacancyRepository.PassedTest test : passed) {
            outbox.append(test.id().toString(), new LabourMarketTestPassed(test.id(), test.employerBin(),
                    test.region(), test.occupationCode(), test.positions(), test.salary(), now));
        }
        return passed.size();
    }
}
