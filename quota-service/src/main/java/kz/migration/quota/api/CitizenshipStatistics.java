package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;

@Schema(description = "Quota units held (reserved) and used by workers' citizenship: counts only, no personal data")
public record CitizenshipStatistics(int year, String region, PermitCategory category, List<Row> citizenships) {

    @Schema(name = "CitizenshipQuotaCount")
    public record Row(String citizenship, long reserved, long used) {
    }
}
