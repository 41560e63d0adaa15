package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.event.vacancy.ReferralOutcomeOverdue;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.domain.LabourMarketTest;
import kz.migration.vacancy.domain.Referral;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.repository.ReferralRepository;
import kz.migration.vacancy.repository.VacancyRepository;

/**
 * Each run assesses the vacancies that may have changed with the date, under their row locks: first those with a
 * referral whose outcome has gone past its due day (marked overdue, {@link ReferralOutcomeOverdue}), then the open
 * ones whose search is over. {@link LabourMarketTest} decides; a vacancy that passes gets
 * {@link LabourMarketTestPassed} in the same transaction. Safe on any number of instances: rows another instance has
 * locked are skipped (SKIP LOCKED) and a passed test never passes again, so each event is written once.
 */
@ApplicationScoped
public class LabourMarketTestJob {

    private static final Logger LOG = Logger.getLogger(LabourMarketTestJob.class);

    @Inject
    VacancyRepository vacancies;

    @Inject
    ReferralRepository referrals;

    @Inject
    VacancyEvents events;

    @Inject
    VacancyConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "labour-market-test", every = "{vacancy.labour-market-test.job-interval}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** What one batch did, and where the next one starts. */
    private record Batch(int size, UUID lastId, LocalDate lastSearchOverOn, int passed, int overdue) {
    }

    /** Assesses every vacancy due now; returns how many passed their test in this run. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int size = config.labourMarketTest().batchSize();
        List<Batch> batches = new ArrayList<>();
        Batch batch = null;
        do {
            UUID after = batch == null ? null : batch.lastId();
            batch = QuarkusTransaction.requiringNew()
                    .call(() -> assess(vacancies.lockWithOutcomesDue(today, after, size), today));
            batches.add(batch);
        } while (batch.size() == size);
        batch = null;
        do {
            LocalDate afterDate = batch == null ? null : batch.lastSearchOverOn();
            UUID afterId = batch == null ? null : batch.lastId();
            batch = QuarkusTransaction.requiringNew()
                    .call(() -> assess(vacancies.lockSearchesOver(today, afterDate, afterId, size), today));
            batches.add(batch);
        } while (batch.size() == size);
        int passed = batches.stream().mapToInt(Batch::passed).sum();
        int overdue = batches.stream().mapToInt(Batch::overdue).sum();
        if (passed > 0 || overdue > 0) {
            LOG.infof("Labour-market test passed for %d vacancies; %d referral outcomes found overdue", passed,
                    overdue);
        }
        return passed;
    }

    /** Assesses the locked vacancies: marks overdue outcomes, passes the tests nothing holds. */
    private Batch assess(List<UUID> ids, LocalDate today) {
        Instant now = clock.instant();
        Map<UUID, Vacancy> locked = vacancies.byIds(ids);
        Map<UUID, List<Referral>> undecided = referrals.undecided(ids).stream()
                .collect(Collectors.groupingBy(r -> r.vacancyId));
        int passed = 0;
        int overdue = 0;
        Vacancy vacancy = null;
        for (UUID id : ids) {
            vacancy = locked.get(id);
            List<Referral> pending = undecided.getOrDefault(id, List.of());
            LabourMarketTest.Verdict verdict = vacancy.labourMarketTest(pending, today);
            for (Referral referral : verdict.overdueReferrals()) {
                if (referral.markOutcomeOverdue(today)) {
                    events.referralOutcomeOverdue(vacancy, referral, now);
                    overdue++;
                }
            }
            if (verdict.passes()) {
                vacancy.passLabourMarketTest(pending, today, now);
                events.labourMarketTestPassed(vacancy);
                passed++;
            }
        }
        vacancies.flush();
        return vacancy == null
                ? new Batch(0, null, null, 0, 0)
                : new Batch(ids.size(), vacancy.id, vacancy.foreignLabourAllowedFrom, passed, overdue);
    }
}
