package kz.migration.inspection.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.inspection.domain.GrievanceKind;

/** Settings of the inspection service; what the law or the inspectorate may change is here, not in code. */
@ConfigMapping(prefix = "inspection")
public interface InspectionConfig {

    Cases cases();

    Wages wages();

    Register register();

    Reports reports();

    Statistics statistics();

    CaseTokens caseToken();

    interface Cases {

        /** Working days after the day a case is received by which it is decided. */
        @WithDefault("10")
        @Min(1)
        @Max(60)
        int deadlineWorkingDays();

        /** The same for an urgent case (threat or forced labour). */
        @WithDefault("1")
        @Min(1)
        @Max(60)
        int urgentDeadlineWorkingDays();
    }

    interface Wages {

        /** Share of the month's expected salary a payment may fall short by (room for the income tax withheld). */
        @WithDefault("0.15")
        @DecimalMin("0")
        @DecimalMax("0.99")
        BigDecimal shortShare();

        /** Calendar days after a month's end before its wages are judged missing or short. */
        @WithDefault("15")
        @Min(0)
        @Max(90)
        int graceDays();

        /** The first month judged (YYYY-MM): when the payment gateway began reporting salary payments. */
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])")
        String monitoredFrom();

        /** How often the monitor judges the months whose grace is over ({@code off} disables the schedule). */
        @WithDefault("10m")
        String jobInterval();

        /** Contracts judged per transaction. */
        @WithDefault("100")
        @Min(1)
        @Max(10000)
        int batchSize();
    }

    interface Register {

        /** Kinds of confirmed violation that are serious whatever else. */
        @WithDefault("PASSPORT_WITHHELD,THREAT_OR_FORCED_LABOUR")
        Set<GrievanceKind> seriousKinds();

        /** Wages unpaid for at least this many months are a serious violation. */
        @WithDefault("2")
        @Min(1)
        @Max(12)
        int seriousUnpaidMonths();
    }

    interface Reports {

        /** Calendar days after a quarter's last day by which its employer report is due. */
        @WithDefault("10")
        @Min(1)
        @Max(90)
        int dueDaysAfterQuarter();
    }

    /** The public violation statistics (GET /api/v1/public/violation-statistics). */
    interface Statistics {

        /** How long the service serves the tables it computed before computing them again. */
        @WithDefault("PT5M")
        Duration publicRefresh();

        /** How long browsers and proxies may keep them (Cache-Control max-age). */
        @WithDefault("PT5M")
        Duration publicMaxAge();
    }

    interface CaseTokens {

        /**
         * The secret the case tokens are derived from (HMAC-SHA256), at least 32 characters. Production sets
         * REGISTRY_CASE_TOKEN_SECRET; the prod profile refuses the development default.
         */
        @Size(min = 32)
        String secret();
    }
}
