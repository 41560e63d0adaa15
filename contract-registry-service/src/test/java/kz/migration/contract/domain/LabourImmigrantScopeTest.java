package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.COMPANY;
import static kz.migration.contract.domain.TestContracts.INDIVIDUAL;
import static kz.migration.contract.domain.TestContracts.householdTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Verifies;

class LabourImmigrantScopeTest {

    private final LabourImmigrantScope scope = TestContracts.householdScope();

    private static List<String> types(List<Finding> findings) {
        return findings.stream().map(f -> f.problem().slug()).toList();
    }

    private static ContractTerms signedOn(ContractTerms t, LocalDate date) {
        return TestContracts.withDates(t, t.startDate(), t.endDate(), date);
    }

    @Test
    @Verifies("contract.labour-immigrant.employer-scope")
    void aPrivateIndividualHiresOnALabourImmigrantPermitAndACompanyDoesNot() {
        assertEquals(List.of(), scope.check(INDIVIDUAL, householdTerms()));
        List<Finding> company = scope.check(COMPANY, householdTerms());
        assertEquals(List.of("labour-immigrant-employer-not-allowed"), types(company));
        assertEquals("INDIVIDUALS", company.get(0).facts().get("allowedEmployers"));
    }

    @Test
    @Verifies("contract.labour-immigrant.household-occupation")
    void onlyHouseholdWorkIsAllowed() {
        for (String household : List.of("5152", "5311", "9111")) {
            assertEquals(List.of(), scope.check(INDIVIDUAL, TestContracts.withPlace(householdTerms(),
                    TestContracts.ALMATY, household)), household);
        }
        assertEquals(List.of("labour-immigrant-occupation-not-household"), types(scope.check(INDIVIDUAL,
                TestContracts.withPlace(householdTerms(), TestContracts.ALMATY, "7212"))));
        assertEquals(List.of("labour-immigrant-employer-not-allowed", "labour-immigrant-occupation-not-household"),
                types(scope.check(COMPANY, TestContracts.withPlace(householdTerms(), TestContracts.ALMATY, "7212"))));
    }

    @Test
    @Verifies({"contract.labour-immigrant.employer-scope", "contract.labour-immigrant.household-occupation"})
    void aWiderScopeInForceFromALaterDateAppliesToContractsSignedFromThen() {
        LabourImmigrantScope widened = new LabourImmigrantScope(
                Dated.ofIsoKeys(Map.of("2025-01-27", LabourImmigrantScope.Employers.INDIVIDUALS, "2027-01-01",
                        LabourImmigrantScope.Employers.ANY_EMPLOYER)),
                Dated.ofIsoKeys(Map.of("2025-01-27", LabourImmigrantScope.Occupations.HOUSEHOLD, "2027-01-01",
                        LabourImmigrantScope.Occupations.ANY)),
                TestContracts.HOUSEHOLD);
        ContractTerms welder = TestContracts.withPlace(householdTerms(), TestContracts.ALMATY, "7212");
        assertEquals(2, widened.check(COMPANY, signedOn(welder, LocalDate.of(2026, 12, 31))).size());
        assertEquals(List.of(), widened.check(COMPANY, signedOn(welder, LocalDate.of(2027, 1, 1))));
    }

    @Test
    @Verifies("contract.labour-immigrant.employer-scope")
    void aContractSignedBeforeTheFirstScopeIsNotJudgedByAGuess() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> scope.check(INDIVIDUAL, signedOn(householdTerms(), LocalDate.of(2025, 1, 26))));
        assertEquals("no-rule-in-force", refused.type().slug());
        assertEquals(List.of(), scope.check(INDIVIDUAL, signedOn(householdTerms(), LocalDate.of(2025, 1, 27))));
    }
}
