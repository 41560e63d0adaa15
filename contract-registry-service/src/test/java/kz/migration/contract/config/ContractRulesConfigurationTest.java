package kz.migration.contract.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.HouseholdWork;
import kz.migration.common.rules.Verifies;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.domain.ContractRules;
import kz.migration.contract.domain.ContractTerms;
import kz.migration.contract.domain.ForeignWorker;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.domain.Registration;

/**
 * The labour-immigrant scope is configuration: the service's own application.properties gives the 2025 Rules, and
 * widening the scope (seed 000 reports a proposal to let small businesses hire visa-free workers) is one more dated
 * property, with no change of code.
 */
class ContractRulesConfigurationTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 1);

    /** The rules as the service's application.properties configures them, with {@code changes} on top. */
    private static ContractRules rules(Map<String, String> changes) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ContractRegistryConfig.class).withMapping(LabourImmigrantConfig.class)
                .withMapping(HouseholdWork.class)
                .withSources(new PropertiesConfigSource(ContractRulesConfigurationTest.class.getClassLoader()
                        .getResource("application.properties"), 100))
                .withSources(new PropertiesConfigSource(changes, "changes", 200)).build();
        return ContractRulesProducer.rules(config.getConfigMapping(ContractRegistryConfig.class),
                config.getConfigMapping(LabourImmigrantConfig.class), config.getConfigMapping(HouseholdWork.class),
                EaeuMemberStates.load(), EconomicIndicators.builtIn(), WorkingDayCalendar.builtIn());
    }

    /** A company hires a welder on a labour immigrant's permit, the contract signed on {@code signedOn}. */
    private static List<String> companyWelder(ContractRules rules, LocalDate signedOn) {
        PermitView permit = new PermitView();
        permit.permitNumber = "LI-2026-000001";
        permit.kind = PermitKind.LABOUR_IMMIGRANT;
        permit.status = PermitStatus.ISSUED;
        permit.region = "750000000";
        permit.category = "LABOUR_IMMIGRANT";
        permit.citizenship = "UZ";
        permit.workerDocumentNumber = "FA1234567";
        permit.validFrom = LocalDate.of(2026, 11, 15);
        permit.validTo = LocalDate.of(2027, 11, 14);
        ContractTerms terms = new ContractTerms(new ForeignWorker("Alisher Karimov", "FA1234567", "UZ", null),
                permit.permitNumber, "Welder", "7212", "750000000", LocalDate.of(2026, 12, 8),
                LocalDate.of(2027, 10, 31), new BigDecimal("400000.00"), "KZT", 40, signedOn);
        return rules.registration(new Registration(ContractEmployer.company("990340000017"), terms, permit, false))
                .stream().map(f -> f.problem().slug()).toList();
    }

    @Test
    @Verifies({"contract.labour-immigrant.employer-scope", "contract.labour-immigrant.household-occupation"})
    void theServicesConfigurationAllowsIndividualsInTheHouseholdOnly() throws IOException {
        assertEquals(List.of("labour-immigrant-employer-not-allowed", "labour-immigrant-occupation-not-household"),
                companyWelder(rules(Map.of()), SIGNED));
    }

    @Test
    @Verifies({"contract.labour-immigrant.employer-scope", "contract.labour-immigrant.household-occupation"})
    void aWiderScopeIsAConfigurationChange() throws IOException {
        ContractRules widened = rules(Map.of(
                "contract.labour-immigrant.employer-scope.\"2026-12-01\"", "ANY_EMPLOYER",
                "contract.labour-immigrant.occupation-scope.\"2026-12-01\"", "ANY"));
        assertEquals(List.of(), companyWelder(widened, SIGNED));
        // A contract signed before the new scope came into force keeps the old one.
        assertEquals(List.of("labour-immigrant-employer-not-allowed", "labour-immigrant-occupation-not-household"),
                companyWelder(widened, SIGNED.minusDays(1)));
    }
}
