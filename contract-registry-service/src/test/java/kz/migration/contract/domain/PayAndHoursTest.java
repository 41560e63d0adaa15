package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.employerPermit;
import static kz.migration.contract.domain.TestContracts.terms;
import static kz.migration.contract.domain.TestContracts.withPay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

class PayAndHoursTest {

    private final PayAndHours pay = new PayAndHours(TestContracts.INDICATORS);

    private List<String> types(ContractTerms terms, PermitView permit) {
        return pay.check(terms, permit).stream().map(f -> f.problem().slug()).toList();
    }

    @Test
    @Verifies("contract.terms.normal-hours")
    void normalHoursAreAtMostFortyAWeek() {
        assertEquals(List.of(), types(withPay(terms(), "650000.00", "KZT", 40), null));
        assertEquals(List.of("weekly-hours-above-normal"), types(withPay(terms(), "650000.00", "KZT", 41), null));
        // Seed 003: long hours; 60 a week was accepted before.
        assertEquals(List.of("weekly-hours-above-normal"), types(withPay(terms(), "650000.00", "KZT", 60), null));
    }

    @Test
    @Verifies("contract.terms.salary-in-tenge")
    void wagesArePaidInTenge() {
        assertEquals(List.of("salary-not-in-tenge"), types(withPay(terms(), "650000.00", "USD", 40), null));
        // Seed 001: a salary of 0.01 in any currency was accepted; it is not compared with the tenge floors.
        assertEquals(List.of("salary-not-in-tenge"), types(withPay(terms(), "0.01", "USD", 40), employerPermit()));
    }

    @Test
    @Verifies("contract.terms.minimum-wage")
    void theSalaryIsAtLeastTheMinimumWageOfTheSigningYear() {
        assertEquals(List.of(), types(withPay(terms(), "85000.00", "KZT", 40), null));
        List<Finding> below = pay.check(withPay(terms(), "84999.99", "KZT", 40), null);
        assertEquals(List.of("salary-below-minimum-wage"), below.stream().map(f -> f.problem().slug()).toList());
        assertEquals("85000.00", below.get(0).facts().get("minimumWage"));
        assertEquals(2026, below.get(0).facts().get("minimumWageYear"));
        // Signed in 2026, starting in 2027: the 2026 amount, agreed under the law of the signing date.
        ContractTerms startsNextYear = TestContracts.withDates(withPay(terms(), "85000.00", "KZT", 40),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 31), LocalDate.of(2026, 12, 20));
        assertEquals(List.of(), types(startsNextYear, null));
    }

    @Test
    @Verifies("contract.terms.minimum-wage")
    void partTimeIsHeldToTheMinimumWageProRata() {
        // The minimum wage is owed for the normal 40 hours; 20 hours a week owe half of it.
        assertEquals(new BigDecimal("42500.00"), pay.minimumFor(20, 2026));
        assertEquals(List.of(), types(withPay(terms(), "42500.00", "KZT", 20), null));
        assertEquals(List.of("salary-below-minimum-wage"), types(withPay(terms(), "42499.99", "KZT", 20), null));
        assertEquals(new BigDecimal("14875.00"), pay.minimumFor(7, 2026));
        // Hours above the normal 40 are refused on their own; the floor stays the full minimum wage.
        assertEquals(new BigDecimal("85000.00"), pay.minimumFor(60, 2026));
    }

    @Test
    @Verifies("contract.terms.minimum-wage")
    void aYearWithoutAPublishedMinimumWageIsRefusedNotGuessed() {
        PayAndHours withoutNextYear = new PayAndHours(EconomicIndicators.parse(TestContracts.csv("""
                year,indicator,value_kzt,note
                2026,minimum_monthly_wage,85000,
                """)));
        ContractTerms signed2027 = TestContracts.withDates(terms(), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 1, 4));
        assertThrows(ReferenceDataMissing.class, () -> withoutNextYear.check(signed2027, null));
    }

    @Test
    @Verifies("contract.terms.permit-salary")
    void theSalaryIsAtLeastTheOneThePermitApplicationDeclared() {
        assertEquals(List.of(), types(withPay(terms(), "650000.00", "KZT", 40), employerPermit()));
        List<Finding> below = pay.check(withPay(terms(), "649999.99", "KZT", 40), employerPermit());
        assertEquals(List.of("salary-below-permit"), below.stream().map(f -> f.problem().slug()).toList());
        assertEquals("650000.00", below.get(0).facts().get("permitSalary"));
        // A labour immigrant's permit declares no salary.
        assertEquals(List.of(), types(withPay(terms(), "90000.00", "KZT", 40), TestContracts.labourImmigrantPermit()));
    }

    @Test
    @Verifies({"contract.terms.minimum-wage", "contract.terms.permit-salary", "contract.terms.normal-hours"})
    void everyFindingOnPayAndHoursIsReturned() {
        assertEquals(List.of("weekly-hours-above-normal", "salary-below-minimum-wage", "salary-below-permit"),
                types(withPay(terms(), "1.00", "KZT", 60), employerPermit()));
    }
}
