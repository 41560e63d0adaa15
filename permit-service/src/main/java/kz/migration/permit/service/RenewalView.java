package kz.migration.permit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.RenewalStatus;

/** A renewal request and, once decided, its outcome. */
public record RenewalView(UUID id, String permitNumber, RenewalStatus status, Instant submittedAt,
        LocalDate decisionDeadline, LocalDate newValidFrom, LocalDate newValidTo,
        List<PermitRefusalGround> refusalGrounds, Instant decidedAt) {
}
