package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Labour-immigrant permits issued in a quota year by the worker's citizenship, most first")
public record LabourImmigrantStatistics(int year, String region, long permits, List<Row> byCitizenship) {

    @Schema(name = "LabourImmigrantCitizenshipCount")
    public record Row(String citizenship, long permits) {
    }
}
