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

        /** Calendar days a vacancy must be on the exchange before the employer may apply for foreign labour. */
        @WithDefault("15")
        @Min(1)
        @Max(365)
        int searchDays();

        /** How often the job looks for vacancies whose search is over ({@code off} disables the schedule). */
        @WithDefault("60s")
        String jobInterval();

        /** Vacancies passed per transaction by the job. */
        @WithDefault("100")
        @Min(1)
        @Max(10000)
        int batchSize();
    }

    interface Salary {

        /**
         * Minimum monthly salary in KZT for every region without its own; when absent, the minimum monthly wage
         * of the reference data ({@code reference/economic-indicators.csv}) for the current year.
         */
        Optional<@Positive BigDecimal> nationalMinimum();

        /** Minimum monthly salary in KZT by region KATO code, overriding the national one. */
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
    }
}
