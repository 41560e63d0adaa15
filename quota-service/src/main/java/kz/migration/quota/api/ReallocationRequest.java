package kz.migration.quota.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.Kato;

@Schema(description = "Moves free units of one year and category from one region to another", example = """
        {"year": 2026, "category": "CATEGORY_3", "fromRegion": "710000000", "toRegion": "750000000", "units": 50,
         "reason": "Order No. 131 of 2026-05-04: Astana's free units move to Almaty"}""")
public record ReallocationRequest(
        @NotNull @Min(2000) @Max(2999) Integer year,
        @NotNull PermitCategory category,
        @NotNull @Kato String fromRegion,
        @NotNull @Kato String toRegion,
        @NotNull @Min(1) @Max(10_000_000) Integer units,
        @NotBlank @Size(max = 500) String reason) {
}
