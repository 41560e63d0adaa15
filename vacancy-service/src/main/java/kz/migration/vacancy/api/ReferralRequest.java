package kz.migration.vacancy.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.identifier.Iin;

/** The labour exchange refers a citizen, identified by IIN, to a vacancy. */
@Schema(name = "ReferralRequest", example = """
        {"candidateIin": "900101300017", "comment": "Registered job seeker, Java 5 years"}""")
public record ReferralRequest(
        @NotNull @Iin String candidateIin,
        @Size(max = 500) String comment) {
}
