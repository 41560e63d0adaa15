package kz.migration.permit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the migration police lift an entry ban early. */
@Schema(description = "Lifting an entry ban", example = """
        {"reason": "Court order 2-1187/2026 set aside on appeal"}""")
public record EntryBanLiftRequest(@NotBlank @Size(max = 500) String reason) {
}
