package kz.migration.permit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A report that the worker returned home voluntarily, which ends the permit early. */
public record TerminationRequest(@NotBlank @Size(max = 1000) String reason) {
}
