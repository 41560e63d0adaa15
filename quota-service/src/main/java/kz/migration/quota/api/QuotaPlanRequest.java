package kz.migration.quota.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.Kato;

/**
 * A year's national quota for one or more categories with its distribution by region. Applied all or nothing:
 * for each category named, the regions listed get exactly their share and regions not listed get zero.
 */
@Schema(description = "National quota of a year by category, distributed by region; regions must sum to the national figure", example = """
        {"year": 2026, "reason": "Order No. 98 of 2026-01-15",
         "categories": [{"category": "CATEGORY_3", "national": 1500,
                         "regions": [{"region": "750000000", "allocated": 1000}, {"region": "710000000", "allocated": 500}]}]}""")
public record QuotaPlanRequest(
        @NotNull @Min(2000) @Max(2999) Integer year,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Size(min = 1, max = 6) List<@NotNull @Valid CategoryPlan> categories) {

    @Schema(description = "One category's national quota and its regional shares")
    public record CategoryPlan(
            @NotNull PermitCategory category,
            @NotNull @Min(0) @Max(10_000_000) Integer national,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid RegionShare> regions) {
    }

    @Schema(description = "Units of the category allocated to one region")
    public record RegionShare(
            @NotNull @Kato String region,
            @NotNull @Min(0) @Max(10_000_000) Integer allocated) {
    }
}
