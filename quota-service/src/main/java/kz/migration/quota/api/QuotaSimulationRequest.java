package kz.migration.quota.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.Kato;

@Schema(description = "A hypothetical change of a year's plan: a revision (the regions listed get their new share, every other region keeps its own; a category's regions must then sum to its national figure) and/or reallocations, applied in that order to the plan as it is. Both may be left out to project the plan as it is. Nothing is stored", example = """
        {"year": 2026,
         "plan": [{"category": "CATEGORY_3", "national": 1550, "regions": [{"region": "750000000", "allocated": 1050}]}],
         "reallocations": [{"category": "CATEGORY_4", "fromRegion": "710000000", "toRegion": "230000000", "units": 50}]}""")
public record QuotaSimulationRequest(
        @NotNull @Min(2000) @Max(2999) Integer year,
        @Size(max = 6) List<QuotaPlanRevision.@NotNull @Valid CategoryRevision> plan,
        @Size(max = 50) List<@NotNull @Valid SimulatedReallocation> reallocations) {

    @Schema(description = "Free units of one category moved from one region to another")
    public record SimulatedReallocation(
            @NotNull PermitCategory category,
            @NotNull @Kato String fromRegion,
            @NotNull @Kato String toRegion,
            @NotNull @Min(1) @Max(10_000_000) Integer units) {
    }
}
