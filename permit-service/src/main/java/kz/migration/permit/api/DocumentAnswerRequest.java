package kz.migration.permit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.DocumentVerificationStatus;

/** The MFA's answer: CONFIRMED, or REJECTED with a reason. */
@Schema(example = """
        {"answer": "REJECTED", "reason": "Apostille APO-77-2024-1183 is not in the register of the issuing country"}""")
public record DocumentAnswerRequest(@NotNull DocumentVerificationStatus answer, @Size(max = 500) String reason) {
}
