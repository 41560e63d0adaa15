package kz.migration.permit.config;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Dated;
import kz.migration.permit.domain.CategoryTerms;
import kz.migration.permit.domain.ComplianceRecord;
import kz.migration.permit.domain.Eligibility;
import kz.migration.permit.domain.LocalContent;
import kz.migration.permit.domain.PermitDeadlines;
import kz.migration.permit.domain.RenewalPolicy;
import kz.migration.permit.domain.SmallBusinessExemption;
import kz.migration.permit.domain.StateFee;

/** The domain's policies, built once from the configured rules ({@link PermitRules}) and the reference data. */
public class PermitPolicies {

    @Produces
    @Singleton
    Eligibility.Rules eligibilityRules(PermitRules rules) {
        Map<PermitCategory, CategoryTerms> terms = new EnumMap<>(PermitCategory.class);
        rules.categories().forEach((name, rule) -> terms.put(PermitCategory.valueOf(name), new CategoryTerms(
                rule.termDays(), rule.maxRenewals(), rule.renewalTermDays(), rule.maxTotalDays())));
        return new Eligibility.Rules(terms, rules.startDate().maxDaysAhead());
    }

    @Produces
    @Singleton
    LocalContent localContent(PermitRules rules) {
        PermitRules.LocalContent config = rules.localContent();
        Map<String, SmallBusinessExemption> exemptions = new HashMap<>();
        config.smallBusinessExemption().forEach((date, value) -> exemptions.put(date, SmallBusinessExemption
                .parse(value)));
        return new LocalContent(new LocalContent.Thresholds(config.category12MinCitizensPercent(),
                config.category34MinCitizensPercent(), config.ictMaxForeignersPercent()),
                Dated.ofIsoKeys(exemptions));
    }

    @Produces
    @Singleton
    Eligibility eligibility(Eligibility.Rules rules, LocalContent localContent, EaeuMemberStates eaeu) {
        return new Eligibility(rules, localContent, eaeu);
    }

    @Produces
    @Singleton
    ComplianceRecord complianceRecord(PermitRules rules) {
        return new ComplianceRecord(rules.violationPeriodMonths());
    }

    @Produces
    @Singleton
    RenewalPolicy renewalPolicy(Eligibility.Rules terms, PermitRules rules) {
        return new RenewalPolicy(terms, rules.renewal().windowOpensDaysBefore(),
                rules.renewal().windowClosesDaysBefore());
    }

    @Produces
    @Singleton
    PermitDeadlines deadlines(WorkingDayCalendar calendar, PermitRules rules) {
        return new PermitDeadlines(calendar, rules.reviewWorkingDays(), rules.feeWorkingDays(),
                rules.feeCallbackGraceDays(), rules.renewal().decisionWorkingDays());
    }

    @Produces
    @Singleton
    StateFee stateFee(PermitRules rules, EconomicIndicators indicators) {
        Map<String, StateFee.Schedule> schedules = new HashMap<>();
        rules.fees().schedules().forEach((date, schedule) -> schedules.put(date, schedule(schedule)));
        return new StateFee(Dated.ofIsoKeys(schedules), indicators);
    }

    private static StateFee.Schedule schedule(PermitRules.FeeSchedule config) {
        Map<PermitCategory, Integer> categories = new EnumMap<>(PermitCategory.class);
        config.categoryMci().forEach((name, mci) -> categories.put(PermitCategory.valueOf(name), mci));
        Map<Integer, Integer> seasonal = new HashMap<>();
        config.seasonalMci().forEach((days, mci) -> seasonal.put(Integer.valueOf(days.trim()), mci));
        Map<String, Map<PermitCategory, Integer>> regional = new HashMap<>();
        config.regionalMci().forEach((region, rates) -> {
            Map<PermitCategory, Integer> byCategory = new EnumMap<>(PermitCategory.class);
            rates.forEach((name, mci) -> byCategory.put(PermitCategory.valueOf(name), mci));
            regional.put(region, byCategory);
        });
        return new StateFee.Schedule(categories, seasonal, regional);
    }
}
