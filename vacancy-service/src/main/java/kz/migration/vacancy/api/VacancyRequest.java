package kz.migration.vacancy.api;

import java.util.HashSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.vacancy.domain.VacancyTerms;
import kz.migration.vacancy.domain.WorkSchedule;

/** A vacancy as the employer posts it (POST) or replaces it (PUT). The employer is the caller's BIN. */
@Schema(name = "VacancyRequest", example = VacancyRequest.EXAMPLE)
public record VacancyRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @OccupationCode String occupationCode,
        @NotNull @Kato String region,
        @NotNull @Min(1) @Max(10000) Integer positions,
        @NotNull @Valid Money salary,
        @NotNull @Valid Requirements requirements,
        @NotNull WorkSchedule workSchedule) {

    public static final String EXAMPLE = """
            {"title": "Senior Java developer", "occupationCode": "2512", "region": "750000000", "positions": 2,
             "salary": {"amount": "450000.00", "currency": "KZT"},
             "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
             "workSchedule": "FULL_TIME"}""";

    /** The terms this request asks for. */
    public VacancyTerms terms() {
        return new VacancyTerms(title.strip(), occupationCode, region, positions, salary.amount(),
                requirements.educationLevel(), requirements.experienceYears(),
                new HashSet<>(requirements.languages()), workSchedule);
    }
}
