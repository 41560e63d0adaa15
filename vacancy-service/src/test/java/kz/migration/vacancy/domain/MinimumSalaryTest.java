package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.ALMATY;
import static kz.migration.vacancy.domain.DomainFixtures.ATYRAU;
import static kz.migration.vacancy.domain.DomainFixtures.INDICATORS;
import static kz.migration.vacancy.domain.DomainFixtures.MINIMUM_SALARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

/** The lowest salary a vacancy may offer. */
class MinimumSalaryTest {

    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 2);

    @Test
    @Verifies("vacancy.salary.minimum")
    void theMinimumIsTheYearsMinimumMonthlyWage() {
        assertEquals(new BigDecimal("85000"), MINIMUM_SALARY.minimumFor(ALMATY, MARCH_2026));
        MINIMUM_SALARY.require(ALMATY, new BigDecimal("85000.00"), MARCH_2026);
        ProblemException below = assertThrows(ProblemException.class,
                () -> MINIMUM_SALARY.require(ALMATY, new BigDecimal("84999.99"), MARCH_2026));
        assertEquals(VacancyProblems.SALARY_BELOW_MINIMUM, below.type());
        assertEquals("85000", below.toProblem().extensions().get("minimumSalary"));
    }

    @Test
    @Verifies("vacancy.salary.minimum")
    void aConfiguredMinimumRaisesTheFloorButNeverLowersIt() {
        assertEquals(new BigDecimal("120000"), MINIMUM_SALARY.minimumFor(ATYRAU, MARCH_2026));
        MinimumSalary national = new MinimumSalary(INDICATORS, Optional.of(new BigDecimal("60000")),
                Map.of(ATYRAU, new BigDecimal("70000")));
        assertEquals(new BigDecimal("85000"), national.minimumFor(ALMATY, MARCH_2026));
        assertEquals(new BigDecimal("85000"), national.minimumFor(ATYRAU, MARCH_2026));
        MinimumSalary higher = new MinimumSalary(INDICATORS, Optional.of(new BigDecimal("100000")), Map.of());
        assertEquals(new BigDecimal("100000"), higher.minimumFor(ALMATY, MARCH_2026));
    }

    @Test
    @Verifies("vacancy.salary.minimum")
    void aYearWithoutAMinimumWageIsRefusedNotTakenFromTheYearBefore() {
        ReferenceDataMissing missing = assertThrows(ReferenceDataMissing.class,
                () -> MINIMUM_SALARY.require(ALMATY, new BigDecimal("450000"), LocalDate.of(2027, 1, 1)));
        assertEquals(503, missing.type().status());
        // A configured regional minimum does not stand in for the missing wage either.
        assertThrows(ReferenceDataMissing.class,
                () -> MINIMUM_SALARY.minimumFor(ATYRAU, LocalDate.of(2027, 1, 1)));
    }
}
