package kz.migration.inspection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.ReportPeriod;

/** The employer confirms the registry's draft of a quarter, or corrects it. */
@Schema(description = "Confirm the draft (no figures) or correct it (figures and a note)", example = """
        {"period": "2026-Q3", "figures": {"foreignWorkersAtStart": 3, "foreignWorkersAtEnd": 4, "permitsIssued": 2,
         "permitsEnded": 1, "contractsRegistered": 2, "contractsTerminated": 1, "replacedByCitizens": 1},
         "note": "A contract terminated on 30 September was registered in October."}""")
public record EmployerReportRequest(
        @Schema(example = "2026-Q3") @NotNull @Pattern(regexp = ReportPeriod.PATTERN, message = "must be a quarter such as 2026-Q3") String period,
        @Schema(description = "The figures the employer stands by; absent to confirm the draft as it is") @Valid FiguresRequest figures,
        @Schema(description = "Why the figures differ from the draft; required when they do") @Size(max = 2000) String note) {
}
