package kz.migration.quota.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;

@Schema(description = "End-of-day totals of allocated, reserved and used, derived from the ledger (Asia/Almaty days)")
public record UtilisationView(int year, String region, PermitCategory category, List<Day> days) {

    @Schema(name = "UtilisationDay")
    public record Day(LocalDate date, int allocated, int reserved, int used) {
    }
}
