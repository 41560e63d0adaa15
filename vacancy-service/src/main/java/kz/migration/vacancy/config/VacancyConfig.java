package kz.migration.vacancy.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.common.config.SettingChecks;

/**
 * Settings of the vacancy service; governments change these numbers, so none of them is in code. Their bounds are
 * in {@link #check()}, which the start-up runs.
 */
@ConfigMapping(prefix = "vacancy")
public interface VacancyConfig {

    LabourMarketTest labourMarketTest();

    Salary salary();

    Referrals referrals();

    /** Every value out of bounds, named; {@link SettingChecks#orStop()} stops the start-up on any. */
    default SettingChecks check() {
        SettingChecks checks = new SettingChecks();
        labourMarketTest().searchDays().forEach(
                (from, days) -> checks.between("vacancy.labour-market-test.search-days.\"" + from + "\"", days, 1,
                        365));
        checks.between("vacancy.labour-market-test.batch-size", labourMarketTest().batchSize(), 1, 10_000);
        salary().nationalMinimum().ifPresent(amount -> checks.positive("vacancy.salary.national-minimum", amount));
        salary().regionalMinimum().forEach(
                (region, amount) -> checks.positive("vacancy.salary.regional-minimum." + region, amount));
        checks.between("vacancy.referrals.unjustified-rejection-share", referrals().unjustifiedRejectionShare(),
                BigDecimal.ZERO, BigDecimal.ONE);
        checks.between("vacancy.referrals.minimum-decided-referrals", referrals().minimumDecidedReferrals(), 1,
                Integer.MAX_VALUE);
        checks.between("vacancy.referrals.outcome-days", referrals().outcomeDays(), 1, 90);
        return checks;
    }

    interface LabourMarketTest {

        /**
         * Full calendar days a vacancy must be on the exchange before the employer may apply for foreign labour, by
         * the ISO date from which each length applies ({@code vacancy.labour-market-test.search-days."2025-09-01"=15},
         * Order No. 93 of 28.03.2025). A search keeps the length in force on the day it started.
         */
        Map<String, Integer> searchDays();

        /** How often the job looks for vacancies whose search is over ({@code off} disables the schedule). */
        @WithDefault("60s")
        String jobInterval();

        /** Vacancies assessed per transaction by the job. */
        @WithDefault("100")
        int batchSize();
    }

    interface Salary {

        /**
         * Minimum monthly salary in KZT for every region without its own. It only raises the floor: a vacancy never
         * offers less than the year's minimum monthly wage of the reference data.
         */
        Optional<BigDecimal> nationalMinimum();

        /** Minimum monthly salary in KZT by region KATO code, overriding the national one (and likewise a floor). */
        Map<String, BigDecimal> regionalMinimum();
    }

    interface Referrals {

        /** Share of an employer's decided referrals rejected without a justified reason above which it is flagged. */
        @WithDefault("0.5")
        BigDecimal unjustifiedRejectionShare();

        /** Decided referrals an employer needs before the share means anything. */
        @WithDefault("5")
        int minimumDecidedReferrals();

        /**
         * Full calendar days after the day of a referral within which the employer records its outcome. Until then
         * an undecided referral holds the labour-market test; after that it is overdue, flags the employer and holds
         * the test no longer. A referral keeps the deadline in force on the day it was made.
         */
        @WithDefault("7")
        int outcomeDays();
    }
}
