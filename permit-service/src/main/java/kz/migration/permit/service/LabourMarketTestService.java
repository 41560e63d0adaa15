package kz.migration.permit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.permit.domain.LabourMarketTest;
import kz.migration.permit.repository.LabourMarketTestRepository;

/** Keeps the read-model of passed labour-market tests from vacancy.events. */
@ApplicationScoped
public class LabourMarketTestService {

    @Inject
    LabourMarketTestRepository tests;

    /** A (re)passed test makes the vacancy's positions available; a later pass after a restart replaces the terms. */
    @Transactional
    public void onPassed(LabourMarketTestPassed passed) {
        LabourMarketTest test = tests.lock(passed.vacancyId()).orElse(null);
        boolean created = test == null;
        if (created) {
            test = new LabourMarketTest();
            test.vacancyId = passed.vacancyId();
        }
        test.employerBin = passed.employerBin();
        test.region = passed.region();
        test.occupationCode = passed.occupationCode();
        test.positions = passed.positions();
        test.salary = passed.salary();
        test.passedAt = passed.passedAt();
        test.active = true;
        if (created) {
            tests.persist(test);
        }
    }

    /** A material change restarts the 15-day search: no new application until the test passes again. */
    @Transactional
    public void onChanged(VacancyChanged changed) {
        if (changed.material()) {
            tests.lock(changed.vacancyId()).ifPresent(test -> test.active = false);
        }
    }

    @Transactional
    public void onClosed(VacancyClosed closed) {
        tests.lock(closed.vacancyId()).ifPresent(test -> test.active = false);
    }
}
