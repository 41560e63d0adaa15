package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Permits issued in a quota year by region, category, occupation (ISCO major group), citizenship, sex and month of issue: counts only, for the ministry; not suppressed")
public record PermitStatistics(int year, String region, String category, Integer month, long permits,
        List<Row> rows) {

    @Schema(name = "PermitStatisticsRow", description = "Permits of one combination; NOT_STATED where the permit did not state the dimension")
    public record Row(String region, String category,
            @Schema(description = "ISCO-08 major group: the occupation code's first digit, or NOT_STATED") String occupationGroup,
            String citizenship,
            @Schema(description = "FEMALE, MALE or NOT_STATED") String sex,
            @Schema(description = "Month of issue, 1-12") int month,
            long permits) {
    }
}
