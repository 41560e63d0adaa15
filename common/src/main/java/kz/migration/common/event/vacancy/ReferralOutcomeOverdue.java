package kz.migration.common.event.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A referral outcome was not recorded by its due day: the employer is flagged; it holds the test no longer. */
public record ReferralOutcomeOverdue(
        UUID vacancyId,
        UUID referralId,
        String employerBin,
        String region,
        Instant referredAt,
        LocalDate outcomeDueOn,
        Instant flaggedAt) implements EventPayload {
}
