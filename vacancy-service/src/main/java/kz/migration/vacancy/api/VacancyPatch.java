package kz.migration.vacancy.api;

import java.util.HashSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.vacancy.domain.VacancyTerms;
import kz.migration.vacancy.domain.WorkSchedule;

/** A partial update (PATCH): only the fields present change; {@code requirements} is replaced as a whole. */
@Schema(name = "VacancyPatch", example = """
        {"salary": {"amount": "480000.00", "currency": "KZT"}, "title": "Lead Java developer"}""")
public record VacancyPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @OccupationCode String occupationCode,
        @Kato String region,
        @Min(1) @Max(10000) Integer positions,
        @Valid Money salary,
        @Valid Requirements requirements,
        WorkSchedule workSchedule) {

    /** {@code current} with the fields present in this patch replaced. */
    public VacancyTerms applyTo(VacancyTerms current) {
        return new VacancyTerms(
                title != null ? title.strip() : current.title(),
                occupationCode != null ? occupationCode : current.occupationCode(),
                region != null ? region : current.region(),
                positions != null ? positions : current.positions(),
                salary != null ? salary.amount() : current.salary(),
                requirements != null ? requirements.educationLevel() : current.educationLevel(),
                requirements != null ? requirements.experienceYears() : current.experienceYears(),
                requirements != null ? new HashSet<>(requirements.languages()) : current.languages(),
                workSchedule != null ? workSchedule : current.workSchedule());
    }
}
