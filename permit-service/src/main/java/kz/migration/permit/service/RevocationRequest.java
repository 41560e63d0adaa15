package kz.migration.permit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.migration.permit.domain.RevocationGround;

/** An officer's revocation of a permit of the region. */
public record RevocationRequest(@NotNull RevocationGround ground, @NotBlank @Size(max = 1000) String reason) {
}
