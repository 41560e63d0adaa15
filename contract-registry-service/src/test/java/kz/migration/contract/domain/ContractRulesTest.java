package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.COMPANY;
import static kz.migration.contract.domain.TestContracts.INDIVIDUAL;
import static kz.migration.contract.domain.TestContracts.TODAY;
import static kz.migration.contract.domain.TestContracts.contract;
import static kz.migration.contract.domain.TestContracts.employerPermit;
import static kz.migration.contract.domain.TestContracts.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

/** The rules together: a registration or an amendment is judged by all of them, and every finding is returned. */
class ContractRulesTest {

    private final ContractRules rules = TestContracts.rules();

    private List<String> registration(ContractEmployer employer, ContractTerms terms, PermitView permit) {
        return rules.registration(new Registration(employer, terms, permit, false)).stream()
                .map(f -> f.problem().slug()).toList();
    }

    private List<String> amendment(LabourContract contract, AmendedTerms amendment, PermitView permit) {
        return rules.amendment(contract, amendment, permit, TODAY).stream().map(f -> f.problem().slug()).toList();
    }

    @Test
    void aContractThatMeetsEveryRuleHasNoFinding() {
        assertEquals(List.of(), registration(COMPANY, terms(), employerPermit()));
        assertEquals(List.of(), registration(INDIVIDUAL, TestContracts.householdTerms(),
                TestContracts.labourImmigrantPermit()));
    }

    @Test
    @Verifies({"contract.eaeu.no-permit", "contract.terms.minimum-wage"})
    void anEaeuCitizensContractIsJudgedOnItsTermsWithoutAPermit() {
        ContractTerms belarusian = TestContracts.withWorker(terms(), "BY", null);
        assertEquals(List.of(), registration(COMPANY, belarusian, null));
        assertEquals(List.of(), registration(INDIVIDUAL, belarusian, null));
        assertEquals(List.of("weekly-hours-above-normal", "salary-below-minimum-wage"),
                registration(COMPANY, TestContracts.withPay(belarusian, "100.00", "KZT", 48), null));
    }

    @Test
    @Verifies({"contract.permit.same-region", "contract.labour-immigrant.employer-scope",
            "contract.terms.normal-hours", "contract.terms.salary-in-tenge"})
    void aRefusalListsEveryFindingOfEveryRule() {
        // Seeds 001 and 003: a company puts a worker on a labour immigrant's permit, 60 hours, a cent in dollars.
        ContractTerms abusive = TestContracts.withPay(TestContracts.withPlace(TestContracts.householdTerms(),
                TestContracts.ASTANA, "7212"), "0.01", "USD", 60);
        List<Finding> findings = rules.registration(new Registration(COMPANY, abusive,
                TestContracts.labourImmigrantPermit(), false));
        assertEquals(List.of("permit-region-mismatch", "labour-immigrant-employer-not-allowed",
                "labour-immigrant-occupation-not-household", "weekly-hours-above-normal", "salary-not-in-tenge"),
                findings.stream().map(f -> f.problem().slug()).toList());
        assertEquals(List.of("contract.permit.same-region", "contract.labour-immigrant.employer-scope",
                "contract.labour-immigrant.household-occupation", "contract.terms.normal-hours",
                "contract.terms.salary-in-tenge"), findings.stream().map(Finding::rule).toList());

        ProblemException refusal = assertThrows(ProblemException.class, () -> Findings.refuseIfAny(findings));
        assertEquals("permit-region-mismatch", refusal.type().slug());
        Map<String, Object> body = refusal.toProblem().extensions();
        assertEquals(findings.stream().map(f -> f.problem().slug()).toList(), body.get("mismatches"));
        assertEquals(TestContracts.ALMATY, body.get("permitRegion"));
        assertEquals(5, ((List<?>) body.get("findings")).size());
    }

    @Test
    @Verifies("contract.labour-immigrant.employer-scope")
    void theLabourImmigrantScopeAppliesOnlyToALabourImmigrantsPermit() {
        assertEquals(List.of("labour-immigrant-employer-not-allowed"), registration(COMPANY,
                TestContracts.householdTerms(), TestContracts.labourImmigrantPermit()));
        assertEquals(List.of("permit-other-employer"), registration(INDIVIDUAL, terms(), employerPermit()));
    }

    @Test
    @Verifies("contract.amendment.active-only")
    void onlyAnActiveContractIsAmended() {
        LabourContract ended = contract();
        ended.terminate(TODAY, TerminationReason.MUTUAL_AGREEMENT, null, TODAY);
        ProblemException refused = assertThrows(ProblemException.class, () -> rules.amendment(ended,
                new AmendedTerms(TODAY, "Lead", null, null, null), employerPermit(), TODAY));
        assertEquals(409, refused.type().status());
    }

    @Test
    @Verifies({"contract.terms.minimum-wage", "contract.terms.permit-salary", "contract.terms.salary-in-tenge"})
    void anAmendmentMayNotCutTheSalaryBelowTheMinimumWageOrThePermitsSalary() {
        assertEquals(List.of("salary-below-permit"), amendment(contract(),
                new AmendedTerms(TODAY, null, new BigDecimal("600000.00"), null, null), employerPermit()));
        assertEquals(List.of("salary-below-minimum-wage", "salary-below-permit"), amendment(contract(),
                new AmendedTerms(TODAY, null, new BigDecimal("1.00"), null, null), employerPermit()));
        assertEquals(List.of("salary-not-in-tenge"), amendment(contract(),
                new AmendedTerms(TODAY, null, new BigDecimal("650000.00"), "USD", null), employerPermit()));
        assertEquals(List.of(), amendment(contract(),
                new AmendedTerms(TODAY, null, new BigDecimal("700000.00"), null, null), employerPermit()));
        // A new position alone leaves the salary as it is, and unjudged.
        assertEquals(List.of(), amendment(contract(), new AmendedTerms(TODAY, "Lead", null, null, null),
                employerPermit()));
    }

    @Test
    @Verifies("contract.permit.dates-within")
    void anAmendedEndDateStaysWithinThePermit() {
        assertEquals(List.of("contract-outside-permit-validity"), amendment(contract(), new AmendedTerms(TODAY, null,
                null, null, TestContracts.PERMIT_TO.plusDays(1)), employerPermit()));
        assertEquals(List.of(), amendment(contract(), new AmendedTerms(TODAY, null, null, null,
                TestContracts.PERMIT_TO.minusMonths(1)), employerPermit()));
    }

    @Test
    void anAmendmentThatCannotApplyIsABadRequest() {
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.amendment(contract(),
                new AmendedTerms(TODAY.plusDays(1), "Lead", null, null, null), employerPermit(), TODAY)).type()
                .status());
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.amendment(contract(),
                new AmendedTerms(TODAY, null, null, "USD", null), employerPermit(), TODAY)).type().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.amendment(contract(),
                new AmendedTerms(TODAY, "Software developer", null, null, null), employerPermit(), TODAY)).type()
                .status());
        assertEquals(400, assertThrows(ProblemException.class, () -> rules.amendment(contract(),
                new AmendedTerms(LocalDate.of(2026, 3, 1), "Lead", null, null, null), employerPermit(), TODAY))
                .type().status());
    }

    @Test
    void termsThatCannotDescribeAContractAreABadRequest() {
        assertEquals(400, assertThrows(ProblemException.class, () -> TestContracts.withDates(terms(),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 8), TestContracts.SIGNED).requireWellFormed(TODAY))
                .type().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> TestContracts.withDates(terms(),
                LocalDate.of(2026, 3, 9), null, TODAY.plusDays(1)).requireWellFormed(TODAY)).type().status());
        ProblemException endOfTime = assertThrows(ProblemException.class, () -> TestContracts.withDates(terms(),
                LocalDate.of(2026, 3, 9), null, LocalDate.MIN).requireWellFormed(TODAY));
        assertEquals("signedOn", endOfTime.toProblem().violations().get(0).field());
    }
}
