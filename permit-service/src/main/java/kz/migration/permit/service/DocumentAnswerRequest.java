package kz.migration.permit.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.migration.permit.domain.DocumentVerificationStatus;

/** The MFA's answer: CONFIRMED, or REJECTED with a reason. */
public record DocumentAnswerRequest(@NotNull DocumentVerificationStatus answer, @Size(max = 500) String reason) {
}
