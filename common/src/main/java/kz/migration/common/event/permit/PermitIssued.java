package kz.migration.common.event.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * A permit was issued after the fee was paid: quota-service consumes the reservation; the contract registry learns the
 * permit. {@code salary} is the monthly salary in tenge declared in the application (a contract on the permit may not
 * pay less); labour-immigrant permits declare none. {@code sex} is the worker's sex ({@code FEMALE} or {@code MALE}) when
 * the application stated it, for statistics only; null when not stated.
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
        Instant issuedAt,
        String sex) implements EventPayload {

    /** A permit issued without the worker's sex, as before the field existed. */
    public PermitIssued(String permitNumber, UUID reservationId, UUID applicationId, UUID vacancyId, String kind,
            String employerBin, String region, String category, String occupationCode, String citizenship,
            String workerDocumentNumber, LocalDate validFrom, LocalDate validTo, int year, BigDecimal salary,
            Instant issuedAt) {
        this(permitNumber, reservationId, applicationId, vacancyId, kind, employerBin, region, category, occupationCode,
                citizenship, workerDocumentNumber, validFrom, validTo, year, salary, issuedAt, null);
    }
}
