package kz.migration.common.event.permit;

import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/**
 * An officer approved an application (or a renewal), or the payment gateway confirmed a labour immigrant's tax:
 * quota-service reserves one unit for reservationId. year is the quota year: the year the permit (or the renewed term)
 * starts.
 */
public record PermitApproved(
        UUID reservationId,
        UUID applicationId,
        String purpose,
        String employerBin,
        String region,
        String category,
        int year,
        String citizenship,
        String occupationCode,
        Instant approvedAt) implements EventPayload {
}
