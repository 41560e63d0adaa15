package kz.migration.permit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.RevocationGround;

/** An officer's revocation of a permit of the region. */
@Schema(example = """
        {"ground": "FORGED_DOCUMENTS", "reason": "The diploma DIP-2019-00042 was found forged by the MFA"}""")
public record RevocationRequest(@NotNull RevocationGround ground, @NotBlank @Size(max = 1000) String reason) {
}
