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

/**
 * A change of some regions' shares in a year's plan: the regions listed get their new share, every other region keeps
 * its own. Each category's regions must then sum to its national figure: the new one in {@code national}, or the
 * current one when {@code national} is left out.
 */
@Schema(description = "Changes the shares of the regions listed; every other region keeps its share. A category's regions must then sum to its national figure: the new one in `national`, or the current one when `national` is left out", example = """
        {"reason": "Order No. 131 of 2026-05-04: 50 more specialists for Almaty",
         "categories": [{"category": "CATEGORY_3", "national": 1550,
                         "regions": [{"region": "750000000", "allocated": 1050}]}]}""")
public record QuotaPlanRevision(
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Size(min = 1, max = 6) List<@NotNull @Valid CategoryRevision> categories) {

    @Schema(description = "One category's changed regional shares, and its new national figure when that changes")
    public record CategoryRevision(
            @NotNull PermitCategory category,
            @Schema(description = "The new national figure; leave it out to keep the current one") @Min(0) @Max(10_000_000) Integer national,
            @NotNull @Size(min = 1, max = 20) List<QuotaPlanRequest.@NotNull @Valid RegionShare> regions) {
    }
}
