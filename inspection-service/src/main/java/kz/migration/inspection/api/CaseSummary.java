package kz.migration.inspection.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseSource;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;

/** A case in a list: enough to work the queue, nothing of the grievance's text. */
@Schema(description = "A case in the queue", example = CaseSummary.EXAMPLE)
public record CaseSummary(UUID id, String caseNumber, GrievanceKind kind, boolean urgent, CaseSource source,
        CaseStatus status, String region, String employerBin, LocalDate receivedOn, LocalDate dueOn,
        boolean overdue) {

    public static final String EXAMPLE = """
            {"id": "0b6f0c4e-2f1d-4d0a-9d59-7a4b1f3c2e11", "caseNumber": "IC-2026-000017", "kind": "PASSPORT_WITHHELD",
             "urgent": false, "source": "WORKER", "status": "RECEIVED", "region": "750000000",
             "employerBin": "120640004563", "receivedOn": "2026-12-07", "dueOn": "2026-12-21", "overdue": false}""";

    public static CaseSummary of(InspectionCase c, LocalDate today) {
        return new CaseSummary(c.id, c.caseNumber, c.kind, c.urgent, c.source, c.status, c.region, c.employerBin,
                c.receivedOn, c.dueOn, c.overdue(today));
    }
}
