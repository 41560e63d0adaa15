package kz.migration.quota.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The projection of a year's plan with the hypothetical change applied, per region and category; nothing was changed")
public record QuotaSimulationView(int year,
        @Schema(description = "The plan version the simulation started from (its ETag)") String planEtag,
        @Schema(description = "The last day of recent issue the pace is taken from") LocalDate asOf,
        @Schema(description = "How the projection is made") String method,
        @Schema(description = "Each month's share of a year's units used, January first, and the previous years it comes from (none: every month alike)") Seasonality seasonality,
        List<QuotaProjectionView> projections) {

    @Schema(name = "QuotaSeasonality")
    public record Seasonality(List<Double> monthShares, List<Integer> fromYears) {
    }
}
