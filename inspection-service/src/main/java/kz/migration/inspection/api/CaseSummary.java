package kz.migration.inspection.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseSource;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;

/** A case in a list: enough to work the queue, nothing of the grievance's text. */
@Schema(description = "A case in the queue")
public record CaseSummary(UUID id, String caseNumber, GrievanceKind kind, boolean urgent, CaseSource source,
        CaseStatus status, String region, String employerBin, LocalDate receivedOn, LocalDate dueOn,
        boolean overdue) {

    public static CaseSummary of(InspectionCase c, LocalDate today) {
        return new CaseSummary(c.id, c.caseNumber, c.kind, c.urgent, c.source, c.status, c.region, c.employerBin,
                c.receivedOn, c.dueOn, c.overdue(today));
    }
}
