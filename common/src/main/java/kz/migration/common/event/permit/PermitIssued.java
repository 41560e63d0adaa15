package kz.migration.common.event.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A permit was issued after the fee was paid: quota-service consumes the reservation; the contract registry learns the
 * permit. {@code salary} is the monthly salary in tenge declared in the application (a contract on the permit may not
 * pay less); labour-immigrant permits declare none.
 */
public record PermitIssued(
        String permitNumber,
        UUID reservationId,
        UUID applicationId,
        UUID vacancyId,
        String kind,
        String employerBin,
        String region,
        String category,
        String occupationCode,
        String citizenship,
        String workerDocumentNumber,
        LocalDate validFrom,
        LocalDate validTo,
        int year,
        BigDecimal salary,
        Instant issuedAt) implements EventPayload {
}
