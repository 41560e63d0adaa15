package kz.migration.vacancy.config;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Dated;
import kz.migration.vacancy.domain.EmployerFlagPolicy;
import kz.migration.vacancy.domain.MinimumSalary;
import kz.migration.vacancy.domain.VacancyRules;

/**
 * The domain's rules, built once from the configuration and the reference data, at start-up so that a malformed
 * date key or an empty search-days map stops the service instead of its first request.
 */
public class VacancyRulesProducer {

    /** A setting out of bounds stops the start-up, every such setting named. */
    void checkSettings(@Observes StartupEvent start, VacancyConfig config) {
        config.check().orStop();
    }

    @Produces
    @Singleton
    @Startup
    VacancyRules vacancyRules(VacancyConfig config, EconomicIndicators indicators) {
        MinimumSalary minimumSalary = new MinimumSalary(indicators, config.salary().nationalMinimum(),
                config.salary().regionalMinimum());
        return new VacancyRules(Dated.ofIsoKeys(config.labourMarketTest().searchDays()),
                config.referrals().outcomeDays(), minimumSalary);
    }

    @Produces
    @Singleton
    EmployerFlagPolicy employerFlagPolicy(VacancyConfig config) {
        return new EmployerFlagPolicy(config.referrals().unjustifiedRejectionShare(),
                config.referrals().minimumDecidedReferrals());
    }
}
