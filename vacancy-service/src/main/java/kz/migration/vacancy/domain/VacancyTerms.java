package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import kz.migration.common.rules.Rule;

/** What an employer offers and asks for: the part of a vacancy that an update may change. */
public record VacancyTerms(
        String title,
        String occupationCode,
        String region,
        int positions,
        BigDecimal salary,
        EducationLevel educationLevel,
        int experienceYears,
        Set<String> languages,
        WorkSchedule workSchedule) {

    public VacancyTerms {
        languages = Set.copyOf(new TreeSet<>(languages == null ? Set.of() : languages));
    }

    /**
     * The reasons why {@code next} is a material change of these terms (DESIGN.md §3: occupation, region, salary
     * down, requirements up; more positions too). Empty when the change is immaterial.
     */
    @Rule("vacancy.terms.material-change")
    public List<ChangeReason> materialChangesTo(VacancyTerms next) {
        List<ChangeReason> reasons = new ArrayList<>();
        if (!occupationCode.equals(next.occupationCode)) {
            reasons.add(ChangeReason.OCCUPATION_CHANGED);
        }
        if (!region.equals(next.region)) {
            reasons.add(ChangeReason.REGION_CHANGED);
        }
        if (next.salary.compareTo(salary) < 0) {
            reasons.add(ChangeReason.SALARY_LOWERED);
        }
        if (next.educationLevel.compareTo(educationLevel) > 0) {
            reasons.add(ChangeReason.EDUCATION_RAISED);
        }
        if (next.experienceYears > experienceYears) {
            reasons.add(ChangeReason.EXPERIENCE_RAISED);
        }
        if (!languages.containsAll(next.languages)) {
            reasons.add(ChangeReason.LANGUAGES_ADDED);
        }
        if (next.positions > positions) {
            reasons.add(ChangeReason.POSITIONS_INCREASED);
        }
        return reasons;
    }
}
