package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Refusals of a quota year by ground: a refusal naming several grounds counts under each, so the grounds add up to more than the refused applications")
public record RefusalStatistics(int year, String region, String category, long refusedApplications,
        List<Ground> byGround) {

    @Schema(name = "RefusalGroundCount")
    public record Ground(String ground, long refusals) {
    }
}
