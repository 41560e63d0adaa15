package kz.migration.inspection.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.EmployerReport;
import kz.migration.inspection.domain.ReportFigures;

/** An employer's quarterly report: drafted by the registry, then confirmed or corrected by the employer. */
@Schema(description = "A quarterly report: DRAFT until the employer submits it, then CONFIRMED or CORRECTED", example = """
        {"employerBin": "120640004563", "period": "2026-Q3", "dueOn": "2026-10-10", "status": "DRAFT",
         "late": false, "drafted": {"foreignWorkersAtStart": 3, "foreignWorkersAtEnd": 4, "permitsIssued": 2,
         "permitsEnded": 1, "contractsRegistered": 2, "contractsTerminated": 0, "replacedByCitizens": 1}}""")
public record EmployerReportView(String employerBin, String period, LocalDate dueOn,
        @Schema(description = "DRAFT, CONFIRMED or CORRECTED") String status,
        @Schema(description = "Submitted after the due day, or not submitted and past it") boolean late,
        @Schema(description = "What the registry drafted from its records (at submission, for a submitted report)") ReportFigures drafted,
        @Schema(description = "The figures the employer stands by; absent for a draft") ReportFigures reported,
        String correctionNote, Instant submittedAt) {

    public static EmployerReportView draft(String employerBin, String period, LocalDate dueOn, boolean late,
            ReportFigures drafted) {
        return new EmployerReportView(employerBin, period, dueOn, "DRAFT", late, drafted, null, null, null);
    }

    public static EmployerReportView of(EmployerReport r) {
        return new EmployerReportView(r.employerBin, r.period, r.dueOn, r.status.name(), r.late, r.drafted(),
                r.reported(), r.correctionNote, r.submittedAt);
    }
}
