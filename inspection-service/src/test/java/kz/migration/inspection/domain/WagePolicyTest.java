package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class WagePolicyTest {

    private static final WagePolicy POLICY = new WagePolicy(new BigDecimal("0.15"), 15, YearMonth.of(2026, 1));
    private static final BigDecimal SALARY = new BigDecimal("600000.00");

    @Test
    @Verifies("inspection.wages.missing-after-grace")
    void aMonthIsJudgedOnlyOnceFifteenDaysAfterItsEndHavePassed() {
        // October ends on the 31st; fifteen days later is 15 November: judged from the 16th.
        assertEquals(YearMonth.of(2026, 9), POLICY.lastJudgedMonth(LocalDate.of(2026, 11, 15)));
        assertEquals(YearMonth.of(2026, 10), POLICY.lastJudgedMonth(LocalDate.of(2026, 11, 16)));
        assertEquals(YearMonth.of(2026, 10), POLICY.lastJudgedMonth(LocalDate.of(2026, 12, 15)));
        assertEquals(YearMonth.of(2026, 11), POLICY.lastJudgedMonth(LocalDate.of(2026, 12, 16)));
    }

    @Test
    @Verifies("inspection.wages.missing-after-grace")
    void theMonthsJudgedRunFromTheStartOrTheStartOfMonitoringToTheLastDueOrTheContractsEnd() {
        LocalDate today = LocalDate.of(2026, 12, 16);
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11)),
                POLICY.monthsToJudge(LocalDate.of(2026, 9, 10), null, null, today));
        assertEquals(List.of(YearMonth.of(2026, 11)),
                POLICY.monthsToJudge(LocalDate.of(2026, 9, 10), null, YearMonth.of(2026, 10), today));
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                POLICY.monthsToJudge(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 20), null, today));
        assertEquals(List.of(), POLICY.monthsToJudge(LocalDate.of(2026, 12, 1), null, null, today));
        assertEquals(List.of(), POLICY.monthsToJudge(LocalDate.of(2026, 9, 1), null, YearMonth.of(2026, 11), today));
    }

    @Test
    @Verifies("inspection.wages.expected-salary")
    void aFullMonthCallsForTheSalaryAndAPartMonthForItsShareOfCalendarDays() {
        assertEquals(new BigDecimal("600000.00"),
                POLICY.expected(SALARY, LocalDate.of(2026, 9, 1), null, YearMonth.of(2026, 10)));
        // Starts on 21 November: 10 of 30 days.
        assertEquals(new BigDecimal("200000.00"),
                POLICY.expected(SALARY, LocalDate.of(2026, 11, 21), null, YearMonth.of(2026, 11)));
        // Ends on 10 October: 10 of 31 days.
        assertEquals(new BigDecimal("193548.39"),
                POLICY.expected(SALARY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 10), YearMonth.of(2026, 10)));
        assertNull(POLICY.expected(null, LocalDate.of(2026, 1, 1), null, YearMonth.of(2026, 10)));
    }

    @Test
    @Verifies("inspection.wages.expected-salary")
    void theContractsSalaryCountsElseThePermitsDeclaredOne() {
        assertEquals(SALARY, POLICY.monthlySalary(SALARY, new BigDecimal("500000.00")));
        assertEquals(new BigDecimal("500000.00"), POLICY.monthlySalary(null, new BigDecimal("500000.00")));
        assertNull(POLICY.monthlySalary(null, null));
    }

    @Test
    @Verifies("inspection.wages.short-share")
    void nothingPaidIsMissingAndLessThanTheShareBelowExpectedIsShort() {
        assertEquals(WageVerdict.MISSING, POLICY.verdict(SALARY, BigDecimal.ZERO));
        assertEquals(WageVerdict.SHORT, POLICY.verdict(SALARY, new BigDecimal("509999.99")));
        assertEquals(WageVerdict.PAID, POLICY.verdict(SALARY, new BigDecimal("510000.00")),
                "85% is what is left after the income tax withheld");
        assertEquals(WageVerdict.PAID, POLICY.verdict(SALARY, new BigDecimal("700000.00")));
        assertEquals(WageVerdict.MISSING, POLICY.verdict(null, BigDecimal.ZERO));
        assertEquals(WageVerdict.PAID, POLICY.verdict(null, new BigDecimal("1.00")),
                "without a known salary only missing wages are told");
    }

    @Test
    @Verifies("inspection.wages.tenge")
    void wagesArePaidInTenge() {
        assertTrue(POLICY.payable("KZT"));
        assertFalse(POLICY.payable("USD"));
    }
}
