package kz.migration.common.event.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A vacancy was posted on the labour exchange; the 15-day domestic search starts. */
public record VacancyPosted(
        UUID vacancyId,
        String employerBin,
        String region,
        String occupationCode,
        int positions,
        BigDecimal salary,
        LocalDate postedOn,
        LocalDate foreignLabourAllowedFrom) implements EventPayload {
}
