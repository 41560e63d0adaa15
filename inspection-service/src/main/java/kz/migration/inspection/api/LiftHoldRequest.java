package kz.migration.inspection.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the inspector lifts a termination hold before the case is decided. */
@Schema(description = "Why the hold ends", example = """
        {"note": "Wages paid in full on 2026-12-10; the worker asks to go home."}""")
public record LiftHoldRequest(@NotBlank @Size(max = 500) String note) {
}
