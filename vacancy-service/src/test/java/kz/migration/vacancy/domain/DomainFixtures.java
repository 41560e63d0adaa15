package kz.migration.vacancy.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Dated;

/** Fixtures of the plain domain tests: the rules as configured by default, terms, and vacancies posted with them. */
final class DomainFixtures {

    static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 1);
    static final String ALMATY = "750000000";
    static final String ATYRAU = "230000000";

    /** The minimum wage as the reference data has it: 85,000 KZT in 2025 and 2026, nothing for later years. */
    static final EconomicIndicators INDICATORS = EconomicIndicators.parse(new ByteArrayInputStream("""
            year,indicator,value_kzt,note
            2025,minimum_monthly_wage,85000,
            2026,minimum_monthly_wage,85000,
            """.getBytes(StandardCharsets.UTF_8)));

    static final MinimumSalary MINIMUM_SALARY = new MinimumSalary(INDICATORS, Optional.empty(),
            Map.of(ATYRAU, new BigDecimal("120000")));

    /** 15 full calendar days from 1 September 2025; 7 days to record an outcome. */
    static final VacancyRules DEFAULT = new VacancyRules(Dated.from(SEPTEMBER_2025, 15), 7, MINIMUM_SALARY);

    private DomainFixtures() {
    }

    static VacancyTerms terms(int positions, String salary) {
        return new VacancyTerms("Senior Java developer", "2512", ALMATY, positions, new BigDecimal(salary),
                EducationLevel.HIGHER, 3, Set.of("en", "kk"), WorkSchedule.FULL_TIME);
    }

    static VacancyTerms terms() {
        return terms(2, "450000.00");
    }

    /** An instant on {@code day} at {@code hour}:00 in Kazakhstan (UTC+5). */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.ofHours(5));
    }

    static Vacancy posted(LocalDate on, VacancyTerms terms) {
        return Vacancy.post(UUID.randomUUID(), "180240012345", terms, at(on, 9), on, DEFAULT);
    }

    static Vacancy posted(LocalDate on) {
        return posted(on, terms());
    }

    static Referral referred(Vacancy vacancy, LocalDate on) {
        return vacancy.refer(UUID.randomUUID(), "900101300017", false, "labour-exchange", at(on, 10), on, DEFAULT);
    }
}
