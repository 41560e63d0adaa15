package kz.migration.permit.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.HouseholdWork;
import kz.migration.common.reference.VisaFreeCountries;
import kz.migration.common.rules.Dated;
import kz.migration.permit.domain.IssuingAuthorities;
import kz.migration.permit.domain.LabourImmigrantEligibility;
import kz.migration.permit.domain.LabourImmigrantTax;

/** The labour-immigrant rules of the domain, built once from configuration and reference data. */
public class LabourImmigrantPolicies {

    @Produces
    @Singleton
    LabourImmigrantEligibility eligibility(LabourImmigrantRules rules, EaeuMemberStates eaeu,
            HouseholdWork household) {
        return new LabourImmigrantEligibility(VisaFreeCountries.load(), eaeu, rules.noRightToWork(),
                household.occupations(), rules.maxMonths());
    }

    @Produces
    @Singleton
    IssuingAuthorities issuingAuthorities(LabourImmigrantRules rules) {
        return new IssuingAuthorities(Dated.ofIsoKeys(rules.issuingAuthority()));
    }

    @Produces
    @Singleton
    LabourImmigrantTax tax(EconomicIndicators indicators) {
        return new LabourImmigrantTax(indicators);
    }
}
