package kz.migration.contract.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Rule;

/**
 * Pay and hours every contract must meet, when registered and when amended (Labour Code; seeds 001 and 003 report
 * migrants paid a fraction of what was promised and worked long hours): wages in tenge, at least the minimum monthly
 * wage and the salary declared in the permit application, at most 40 normal hours a week.
 */
public final class PayAndHours {

    /** Normal working time, Labour Code art. 68(1). */
    public static final int NORMAL_WEEKLY_HOURS = 40;
    public static final String TENGE = "KZT";

    private final EconomicIndicators indicators;

    public PayAndHours(EconomicIndicators indicators) {
        this.indicators = Objects.requireNonNull(indicators);
    }

    /** Every finding on a new contract's pay and hours; {@code permit} null when it rests on none. */
    public List<Finding> check(ContractTerms terms, PermitView permit) {
        List<Finding> findings = new ArrayList<>();
        hours(terms.weeklyHours(), findings);
        findings.addAll(salary(terms.salary(), terms.currency(), terms.weeklyHours(), terms.signedOn(), permit));
        return findings;
    }

    /**
     * Every finding on a salary of {@code salary} in {@code currency} agreed on {@code agreedOn} for
     * {@code weeklyHours} a week: a registration's, or an amendment's, which may not cut it below either floor.
     */
    public List<Finding> salary(BigDecimal salary, String currency, int weeklyHours, LocalDate agreedOn,
            PermitView permit) {
        List<Finding> findings = new ArrayList<>();
        if (!TENGE.equals(currency)) {
            findings.add(notInTenge(currency));
            // The floors are in tenge: a salary in another currency is not compared with them.
            return findings;
        }
        minimumWage(salary, weeklyHours, agreedOn, findings);
        permitSalary(salary, permit, findings);
        return findings;
    }

    @Rule("contract.terms.normal-hours")
    private static void hours(int weeklyHours, List<Finding> findings) {
        if (weeklyHours > NORMAL_WEEKLY_HOURS) {
            findings.add(Finding.of("contract.terms.normal-hours", ContractProblems.HOURS_ABOVE_NORMAL,
                    weeklyHours + " normal hours a week exceed the Labour Code's " + NORMAL_WEEKLY_HOURS
                            + " (art. 68); overtime is not part of the contract's normal hours")
                    .with("maximumWeeklyHours", NORMAL_WEEKLY_HOURS));
        }
    }

    /** Labour Code art. 113(1): wages are set and paid in the national currency. */
    @Rule("contract.terms.salary-in-tenge")
    private static Finding notInTenge(String currency) {
        return Finding.of("contract.terms.salary-in-tenge", ContractProblems.SALARY_NOT_IN_TENGE,
                "Wages are set and paid in tenge (Labour Code art. 113); the salary is in " + currency)
                .with("requiredCurrency", TENGE);
    }

    /**
     * At least the minimum monthly wage of the year the salary was agreed (the parties agree it under the law then in
     * force, and that year's amount is always published, unlike next year's); pro rata for fewer than 40 hours a week,
     * since the minimum wage is owed for the normal working time (Labour Code art. 1(1)(3), 103; part time art. 70).
     */
    @Rule("contract.terms.minimum-wage")
    private void minimumWage(BigDecimal salary, int weeklyHours, LocalDate agreedOn, List<Finding> findings) {
        BigDecimal floor = minimumFor(weeklyHours, agreedOn.getYear());
        if (salary.compareTo(floor) < 0) {
            findings.add(Finding.of("contract.terms.minimum-wage", ContractProblems.SALARY_BELOW_MINIMUM_WAGE,
                    "The salary " + salary.toPlainString() + " KZT is below the minimum wage of "
                            + floor.toPlainString() + " KZT a month for " + Math.min(weeklyHours, NORMAL_WEEKLY_HOURS)
                            + " hours a week in " + agreedOn.getYear())
                    .with("minimumWage", floor.toPlainString()).with("minimumWageYear", agreedOn.getYear()));
        }
    }

    /** The minimum monthly wage of {@code year} for {@code weeklyHours} a week; refused when the year is unknown. */
    public BigDecimal minimumFor(int weeklyHours, int year) {
        int hours = Math.min(weeklyHours, NORMAL_WEEKLY_HOURS);
        return indicators.minimumMonthlyWage(year).multiply(BigDecimal.valueOf(hours))
                .divide(BigDecimal.valueOf(NORMAL_WEEKLY_HOURS), 2, RoundingMode.UP);
    }

    /** The permit application declared a salary (at least the vacancy's); the contract may not pay less. */
    @Rule("contract.terms.permit-salary")
    private static void permitSalary(BigDecimal salary, PermitView permit, List<Finding> findings) {
        if (permit != null && permit.salary != null && salary.compareTo(permit.salary) < 0) {
            findings.add(Finding.of("contract.terms.permit-salary", ContractProblems.SALARY_BELOW_PERMIT,
                    "The salary " + salary.toPlainString() + " KZT is below the " + permit.salary.toPlainString()
                            + " KZT declared in the application for permit " + permit.permitNumber)
                    .with("permitSalary", permit.salary.toPlainString()));
        }
    }
}
