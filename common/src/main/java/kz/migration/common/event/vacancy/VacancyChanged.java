package kz.migration.common.event.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.migration.common.event.EventPayload;

/** A vacancy was changed; a material change restarts the 15-day search. */
public record VacancyChanged(
        UUID vacancyId,
        String employerBin,
        String region,
        String occupationCode,
        int openPositions,
        BigDecimal salary,
        boolean material,
        List<String> reasons,
        LocalDate foreignLabourAllowedFrom) implements EventPayload {
}
