package kz.migration.contract.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.HouseholdWork;
import kz.migration.common.rules.Dated;
import kz.migration.contract.domain.ContractRules;
import kz.migration.contract.domain.FilingDeadlines;
import kz.migration.contract.domain.LabourImmigrantScope;
import kz.migration.contract.domain.PayAndHours;
import kz.migration.contract.domain.WorkAuthorisation;

/** The contract rules as one bean, built from configuration and reference data once per service. */
public class ContractRulesProducer {

    @Produces
    @Singleton
    ContractRules contractRules(ContractRegistryConfig registry, LabourImmigrantConfig labourImmigrants,
            HouseholdWork household, EaeuMemberStates eaeu, EconomicIndicators indicators,
            WorkingDayCalendar calendar) {
        return rules(registry, labourImmigrants, household, eaeu, indicators, calendar);
    }

    /** The same, for plain tests that build the configuration themselves. */
    public static ContractRules rules(ContractRegistryConfig registry, LabourImmigrantConfig labourImmigrants,
            HouseholdWork household, EaeuMemberStates eaeu, EconomicIndicators indicators,
            WorkingDayCalendar calendar) {
        return new ContractRules(new WorkAuthorisation(eaeu),
                new LabourImmigrantScope(Dated.ofIsoKeys(labourImmigrants.employerScope()),
                        Dated.ofIsoKeys(labourImmigrants.occupationScope()), household.occupations()),
                new PayAndHours(indicators),
                new FilingDeadlines(calendar, registry.registrationDeadlineWorkingDays(),
                        registry.amendmentDeadlineDays()));
    }
}
