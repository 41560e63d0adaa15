package kz.migration.inspection.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.ReportFigures;

/** Report figures as an employer states them. */
@Schema(description = "The figures of a quarterly report")
public record FiguresRequest(
        @NotNull @Min(0) @Max(1000000) Integer foreignWorkersAtStart,
        @NotNull @Min(0) @Max(1000000) Integer foreignWorkersAtEnd,
        @NotNull @Min(0) @Max(1000000) Integer permitsIssued,
        @NotNull @Min(0) @Max(1000000) Integer permitsEnded,
        @NotNull @Min(0) @Max(1000000) Integer contractsRegistered,
        @NotNull @Min(0) @Max(1000000) Integer contractsTerminated,
        @NotNull @Min(0) @Max(1000000) Integer replacedByCitizens) {

    public ReportFigures figures() {
        return new ReportFigures(foreignWorkersAtStart, foreignWorkersAtEnd, permitsIssued, permitsEnded,
                contractsRegistered, contractsTerminated, replacedByCitizens);
    }
}
