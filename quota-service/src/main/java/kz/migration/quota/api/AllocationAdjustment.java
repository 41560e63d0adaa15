package kz.migration.quota.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new allocation for one balance; it may not go below what is reserved plus used", example = """
        {"allocated": 1200, "reason": "Order No. 112 of 2026-03-02: more specialists for the Almaty IT cluster"}""")
public record AllocationAdjustment(
        @NotNull @Min(0) @Max(10_000_000) Integer allocated,
        @NotBlank @Size(max = 500) String reason) {
}
