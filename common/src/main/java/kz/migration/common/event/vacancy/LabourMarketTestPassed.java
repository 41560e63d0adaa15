package kz.migration.common.event.vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** 15 full days on the exchange and no referral outcome pending: the employer may apply for foreign labour. */
public record LabourMarketTestPassed(
        UUID vacancyId,
        String employerBin,
        String region,
        String occupationCode,
        int positions,
        BigDecimal salary,
        Instant passedAt) implements EventPayload {
}
