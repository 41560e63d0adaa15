package kz.migration.permit.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.PermitStatus;

/**
 * The state fee of an approved application as the payment gateway needs it: how much, in which currency, by when,
 * and the reference the employer pays under. {@code status} says whether it is still payable (AWAITING_FEE).
 */
@Schema(example = """
        {"applicationId": "0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10", "status": "AWAITING_FEE",
         "amount": {"amount": "346000.00", "currency": "KZT"}, "dueDate": "2026-12-29",
         "paymentReference": "FEE-0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10", "quotaYear": 2027}""")
public record FeeDue(UUID applicationId, PermitStatus status, Money amount, LocalDate dueDate,
        String paymentReference, Integer quotaYear) {
}
