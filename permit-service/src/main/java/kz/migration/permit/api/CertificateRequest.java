package kz.migration.permit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The worker's, or the police's, request for a permit's certificate: the permit number and the holder's passport
 * number, in the body so that the passport number stays out of URLs and access logs.
 */
@Schema(example = """
        {"permitNumber": "WP-2026-000042", "passportNumber": "FA7345120"}""")
public record CertificateRequest(
        @Schema(description = "An employer's permit (WP-) or a labour immigrant's (LI-)") @NotNull @Pattern(regexp = "(WP|LI)-[0-9]{4}-[0-9]{6}", message = "must be a permit number such as WP-2026-000042") String permitNumber,
        @Schema(description = "The holder's passport number, as on the permit") @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 letters or digits") String passportNumber) {
}
