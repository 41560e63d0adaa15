package kz.migration.contract.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registrations of one year by region, with the late ones counted. */
@Schema(description = "Contract registrations of a year by region")
public record ContractStatistics(int year, List<Row> regions) {

    @Schema(name = "ContractStatisticsRow")
    public record Row(String region, long registered, long late, long active, long terminated,
            long endedWithPermit, long amendments, long lateAmendments, long replacedByCitizens) {
    }
}
