package kz.migration.common.event.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * The income tax a labour immigrant prepays fell due, for the first months of a permit (purpose ISSUE) or for an
 * extension (EXTENSION): the payment gateway collects the amount under the reference by the due date and confirms it
 * to permit-service. The permit number is null until the permit is issued.
 */
public record LabourImmigrantTaxDue(
        String reference,
        UUID requestId,
        String permitNumber,
        String purpose,
        String region,
        int months,
        int taxYear,
        String taxResidency,
        BigDecimal amount,
        String currency,
        LocalDate dueDate,
        Instant dueAt) implements EventPayload {
}
