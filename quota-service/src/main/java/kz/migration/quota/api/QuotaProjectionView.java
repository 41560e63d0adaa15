package kz.migration.quota.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.quota.domain.QuotaProjection;

@Schema(description = "One balance projected to the end of its year")
public record QuotaProjectionView(String region, String regionName, PermitCategory category, int allocated,
        int reserved, int used,
        @Schema(description = "Units a year at the recent pace, seasonally adjusted") double unitsPerYear,
        @Schema(description = "Used, reserved and projected units at 31 December") long projectedYearEnd,
        @Schema(description = "Allocated less projected demand at 31 December; negative: the shortfall") long surplus,
        @Schema(description = "EXHAUSTED (nothing left now), EXHAUSTS (on exhaustionDate) or LASTS (to the year's end)") QuotaProjection.Outcome outcome,
        LocalDate exhaustionDate) {

    public static QuotaProjectionView of(QuotaProjection.Projection p) {
        return new QuotaProjectionView(p.key().region(), KatoRegions.all().get(p.key().region()),
                p.key().category(), p.allocated(), p.reserved(), p.used(), Math.round(p.unitsPerYear() * 10) / 10.0,
                p.projectedYearEnd(), p.surplus(), p.outcome(), p.exhaustionDate().orElse(null));
    }
}
