package kz.migration.vacancy.domain;

import static kz.migration.vacancy.domain.DomainFixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

/** What makes a change of a vacancy's terms material. */
class VacancyTermsTest {

    private final VacancyTerms current = terms();

    private VacancyTerms with(String occupation, String region, int positions, String salary, EducationLevel education,
            int experience, Set<String> languages, WorkSchedule schedule, String title) {
        return new VacancyTerms(title, occupation, region, positions, new BigDecimal(salary), education, experience,
                languages, schedule);
    }

    @Test
    @Verifies("vacancy.terms.material-change")
    void occupationRegionLowerSalaryHigherRequirementsAndMorePositionsAreMaterial() {
        VacancyTerms next = with("2511", "710000000", 3, "400000.00", EducationLevel.POSTGRADUATE, 5,
                Set.of("en", "kk", "ru"), WorkSchedule.FULL_TIME, current.title());
        assertEquals(List.of(ChangeReason.OCCUPATION_CHANGED, ChangeReason.REGION_CHANGED, ChangeReason.SALARY_LOWERED,
                ChangeReason.EDUCATION_RAISED, ChangeReason.EXPERIENCE_RAISED, ChangeReason.LANGUAGES_ADDED,
                ChangeReason.POSITIONS_INCREASED), current.materialChangesTo(next));
    }

    @Test
    @Verifies("vacancy.terms.material-change")
    void aHigherSalaryLowerRequirementsFewerPositionsTitleAndScheduleAreImmaterial() {
        VacancyTerms next = with("2512", "750000000", 1, "500000.00", EducationLevel.SECONDARY, 0, Set.of("kk"),
                WorkSchedule.SHIFT, "Lead Java developer");
        assertEquals(List.of(), current.materialChangesTo(next));
    }

    @Test
    @Verifies("vacancy.terms.material-change")
    void anotherLanguageInsteadOfOneAskedIsMaterial() {
        VacancyTerms next = with("2512", "750000000", 2, "450000.00", EducationLevel.HIGHER, 3, Set.of("en", "ru"),
                WorkSchedule.FULL_TIME, current.title());
        assertEquals(List.of(ChangeReason.LANGUAGES_ADDED), current.materialChangesTo(next));
    }
}
