package kz.migration.vacancy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.VacancyChange;

/** One recorded change; {@code reasons} says why it restarted the search (empty: it did not). */
@Schema(name = "VacancyChange", example = """
        {"changedAt": "2026-03-05T07:00:00Z", "changedBy": "employer-180240012345", "material": true,
         "reasons": ["SALARY_LOWERED"], "searchStartedOn": "2026-03-05", "foreignLabourAllowedFrom": "2026-03-21"}""")
public record VacancyChangeResponse(
        Instant changedAt,
        String changedBy,
        boolean material,
        List<String> reasons,
        LocalDate searchStartedOn,
        LocalDate foreignLabourAllowedFrom) {

    public static VacancyChangeResponse of(VacancyChange c) {
        return new VacancyChangeResponse(c.changedAt, c.changedBy, c.material, List.of(c.reasons), c.searchStartedOn,
                c.foreignLabourAllowedFrom);
    }
}
