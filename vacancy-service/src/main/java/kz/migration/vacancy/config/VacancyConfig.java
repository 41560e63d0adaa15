package kz.migration.vacancy.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the vacancy service; governments change these numbers, so none of them is in code. */
@ConfigMapping(prefix = "vacancy")
public interface VacancyConfig {

    LabourMarketTest labourMarketTest();

    Salary salary();

    Referrals referrals();

    interface LabourMarketTest {

        /**
         * Full calendar days a vacancy must be on the exchange before the employer may apply for foreign labour, by
         * the ISO date from which each length applies ({@code vacancy.labour-market-test.search-days."2025-09-01"=15},
         * Order No. 93 of 28.03.2025). A search keeps the length in force on the day it started.
         */
        Map<String, @Min(1) @Max(365) Integer> searchDays();

        /** How often the job looks for vacancies whose search is over ({@code off} disables the schedule). */
        @WithDefault("60s")
        String jobInterval();

        /** Vacancies assessed per transaction by the job. */
        @WithDefault("100")
        @Min(1)
        @Max(10000)
        int batchSize();
    }

    interface Salary {

        /**
         * Minimum monthly salary in KZT for every region without its own. It only raises the floor: a vacancy never
         * offers less than the year's minimum monthly wage of the reference data.
         */
        Optional<@Positive BigDecimal> nationalMinimum();

        /** Minimum monthly salary in KZT by region KATO code, overriding the national one (and likewise a floor). */
        Map<String, @Positive BigDecimal> regionalMinimum();
    }

    interface Referrals {

        /** Share of an employer's decided referrals rejected without a justified reason above which it is flagged. */
        @WithDefault("0.5")
        @DecimalMin("0")
        @DecimalMax("1")
        BigDecimal unjustifiedRejectionShare();

        /** Decided referrals an employer needs before the share means anything. */
        @WithDefault("5")
        @Min(1)
        int minimumDecidedReferrals();

        /**
         * Full calendar days after the day of a referral within which the employer records its outcome. Until then
         * an undecided referral holds the labour-market test; after that it is overdue, flags the employer and holds
         * the test no longer. A referral keeps the deadline in force on the day it was made.
         */
        @WithDefault("7")
        @Min(1)
        @Max(90)
        int outcomeDays();
    }
}
