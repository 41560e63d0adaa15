package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;

@Schema(description = "Aggregate quota figures of a year, without any personal data")
public record PublicQuotaSummary(int year, Totals national, List<CategoryTotals> byCategory,
        List<RegionTotals> byRegion) {

    @Schema(name = "QuotaTotals")
    public record Totals(long allocated, long reserved, long used, long free) {
    }

    @Schema(name = "CategoryQuotaTotals")
    public record CategoryTotals(PermitCategory category, Totals totals) {
    }

    @Schema(name = "RegionQuotaTotals")
    public record RegionTotals(String region, String regionName, Totals totals) {
    }
}
