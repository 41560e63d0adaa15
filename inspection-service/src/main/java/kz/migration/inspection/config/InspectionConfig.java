package kz.migration.inspection.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.common.config.SettingChecks;
import kz.migration.inspection.domain.GrievanceKind;

/**
 * Settings of the inspection service; what the law or the inspectorate may change is here, not in code. Their
 * bounds are in {@link #check()}, which the start-up runs.
 */
@ConfigMapping(prefix = "inspection")
public interface InspectionConfig {

    /** YYYY-MM. */
    Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    Cases cases();

    Wages wages();

    Register register();

    Reports reports();

    Statistics statistics();

    CaseTokens caseToken();

    /** Every value out of bounds, named; {@link SettingChecks#orStop()} stops the start-up on any. */
    default SettingChecks check() {
        return new SettingChecks()
                .between("inspection.cases.deadline-working-days", cases().deadlineWorkingDays(), 1, 60)
                .between("inspection.cases.urgent-deadline-working-days", cases().urgentDeadlineWorkingDays(), 1, 60)
                .between("inspection.wages.short-share", wages().shortShare(), BigDecimal.ZERO, new BigDecimal("0.99"))
                .between("inspection.wages.grace-days", wages().graceDays(), 0, 90)
                .matches("inspection.wages.monitored-from", wages().monitoredFrom(), YEAR_MONTH, "a month (YYYY-MM)")
                .between("inspection.wages.batch-size", wages().batchSize(), 1, 10_000)
                .between("inspection.register.serious-unpaid-months", register().seriousUnpaidMonths(), 1, 12)
                .between("inspection.reports.due-days-after-quarter", reports().dueDaysAfterQuarter(), 1, 90)
                .atLeastCharacters("inspection.case-token.secret", caseToken().secret(), 32);
    }

    interface Cases {

        /** Working days after the day a case is received by which it is decided. */
        @WithDefault("10")
        int deadlineWorkingDays();

        /** The same for an urgent case (threat or forced labour). */
        @WithDefault("1")
        int urgentDeadlineWorkingDays();
    }

    interface Wages {

        /** Share of the month's expected salary a payment may fall short by (room for the income tax withheld). */
        @WithDefault("0.15")
        BigDecimal shortShare();

        /** Calendar days after a month's end before its wages are judged missing or short. */
        @WithDefault("15")
        int graceDays();

        /** The first month judged (YYYY-MM): when the payment gateway began reporting salary payments. */
        String monitoredFrom();

        /** How often the monitor judges the months whose grace is over ({@code off} disables the schedule). */
        @WithDefault("10m")
        String jobInterval();

        /** Contracts judged per transaction. */
        @WithDefault("100")
        int batchSize();
    }

    interface Register {

        /** Kinds of confirmed violation that are serious whatever else. */
        @WithDefault("PASSPORT_WITHHELD,THREAT_OR_FORCED_LABOUR")
        Set<GrievanceKind> seriousKinds();

        /** Wages unpaid for at least this many months are a serious violation. */
        @WithDefault("2")
        int seriousUnpaidMonths();
    }

    interface Reports {

        /** Calendar days after a quarter's last day by which its employer report is due. */
        @WithDefault("10")
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
        String secret();
    }
}
