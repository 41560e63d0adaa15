package kz.migration.permit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.vacancy.CandidateHired;
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

    /**
     * A material change restarts the 15-day search: no new application until the test passes again. An immaterial
     * one may still raise the salary, which foreign workers must then be offered too.
     */
    @Transactional
    public void onChanged(VacancyChanged changed) {
        tests.lock(changed.vacancyId()).ifPresent(test -> {
            if (changed.material()) {
                test.active = false;
            } else if (changed.salary() != null && changed.salary().compareTo(test.salary) > 0) {
                test.salary = changed.salary();
            }
        });
    }

    /**
     * A citizen hired after the test passed takes one of the positions the test opened to foreign labour (DESIGN
     * §3: a hire reduces the open count). Hires before the pass are already out of its positions; events of one
     * vacancy arrive in order.
     */
    @Transactional
    public void onHired(CandidateHired hired) {
        tests.lock(hired.vacancyId()).ifPresent(test -> test.positions = Math.max(0, test.positions - 1));
    }

    @Transactional
    public void onClosed(VacancyClosed closed) {
        tests.lock(closed.vacancyId()).ifPresent(test -> test.active = false);
    }
}
