package kz.migration.permit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report that the worker returned home voluntarily, which ends the permit early. */
@Schema(example = """
        {"reason": "The worker returned home voluntarily on 2027-03-01"}""")
public record TerminationRequest(@NotBlank @Size(max = 1000) String reason) {
}
