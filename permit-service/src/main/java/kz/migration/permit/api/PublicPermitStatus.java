package kz.migration.permit.api;

import java.time.LocalDate;

import kz.migration.common.domain.PermitCategory;

/** What anyone holding the permit number and the worker's document may learn: no names, no employer. */
public record PublicPermitStatus(String status, PermitCategory category, LocalDate validFrom,
        LocalDate validTo, String region) {
}
