package kz.migration.permit.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.common.domain.PermitCategory;

/**
 * The rules governments change every year (DESIGN.md §3, "configurable"): terms and renewals per category, fees,
 * local-content thresholds, review and payment periods. Defaults are the rules in force since 1 September 2025;
 * the per-category tables and the dated rules (maps keyed by the ISO date each value came into force) live in
 * application.properties. {@link PermitPolicies} turns them into the domain's policies.
 */
@ConfigMapping(prefix = "permit")
public interface PermitRules {

    /** Working days the local executive body has to decide an application. */
    @WithDefault("6")
    int reviewWorkingDays();

    /** Working days the employer has to pay the fee after the quota unit is reserved. */
    @WithDefault("10")
    int feeWorkingDays();

    /**
     * Days after the fee's due date before an unpaid approval lapses: the gateway may report a payment made on the
     * due date only after midnight, and what counts is when it was paid (DESIGN §3: paid within 10 working days).
     */
    @WithDefault("1")
    int feeCallbackGraceDays();

    /** Months an employer is barred from new applications after one of its permits is revoked for a violation. */
    @WithDefault("12")
    int banMonths();

    /**
     * Months after the labour inspectorate confirms a serious violation by an employer during which its new
     * applications are refused, and during which its violations are flagged to the officer (ComplianceRecord).
     */
    @WithDefault("12")
    int violationPeriodMonths();

    /** Terms and renewal rules per category name (PermitCategory). */
    Map<String, CategoryRule> categories();

    LocalContent localContent();

    Fees fees();

    StartDate startDate();

    Renewal renewal();

    Jobs jobs();

    default CategoryRule category(PermitCategory category) {
        CategoryRule rule = categories().get(category.name());
        if (rule == null) {
            throw new IllegalStateException("No permit.categories." + category + " configured");
        }
        return rule;
    }

    interface CategoryRule {
        /** Terms an application may request, in days (a year is 365). */
        List<Integer> termDays();

        /** How many renewals a permit of this category may have; 0 = never renewable. */
        @WithDefault("0")
        int maxRenewals();

        /** Term of one renewal in days. */
        @WithDefault("365")
        int renewalTermDays();

        /** Cap on the whole validity including renewals, in days, where the law sets one (category 1: 3 years). */
        Optional<Integer> maxTotalDays();
    }

    interface LocalContent {
        /** Minimum share of citizens among categories 1 and 2, counting the new worker, in percent. */
        @WithDefault("70")
        int category12MinCitizensPercent();

        /** Minimum share of citizens among categories 3 and 4, counting the new worker, in percent. */
        @WithDefault("90")
        int category34MinCitizensPercent();

        /**
         * Maximum intra-corporate transferees, counting the new one, as a share of the Kazakh staff of their category,
         * in percent.
         */
        @WithDefault("50")
        int ictMaxForeignersPercent();

        /**
         * Which small businesses are exempt, by the date each rule came into force: {@code any}, or the largest
         * number of employees ({@code ."2025-09-01"=20}).
         */
        Map<String, String> smallBusinessExemption();
    }

    interface Fees {
        /** The fee schedules by the ISO date each came into force. */
        Map<String, FeeSchedule> schedules();
    }

    /** Rates in monthly calculation indices (MCI); the amount follows the MCI of the year of assessment. */
    interface FeeSchedule {
        /** MCI per category name, for every category but seasonal work (which pays by term). */
        Map<String, Integer> categoryMci();

        /** MCI of a seasonal permit per term in days. */
        Map<String, Integer> seasonalMci();

        /** Regional overrides: region KATO code → category name → MCI. */
        Map<String, Map<String, Integer>> regionalMci();
    }

    interface StartDate {
        /** How many days after the submission a permit may be asked to start at the latest. */
        @WithDefault("180")
        int maxDaysAhead();
    }

    interface Renewal {
        /** The renewal window opens this many days before the last day of validity. */
        @WithDefault("60")
        int windowOpensDaysBefore();

        /** The renewal window closes this many days before the last day of validity. */
        @WithDefault("30")
        int windowClosesDaysBefore();

        /** Working days the officer has to decide a renewal. */
        @WithDefault("3")
        int decisionWorkingDays();
    }

    interface Jobs {
        /** How often the lapse and expiry jobs run ("off" disables them, as tests do to run them by hand). */
        @WithDefault("1m")
        String every();

        /** Days before the last day of validity at which the expiry reminder is sent. */
        @WithDefault("60")
        int reminderDaysBefore();

        /** Largest batch one job run handles per transaction. */
        @WithDefault("200")
        int batchSize();

        @WithDefault("PT5S")
        Duration lockTimeout();
    }
}
