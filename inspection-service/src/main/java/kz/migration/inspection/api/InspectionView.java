package kz.migration.inspection.api;

import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.LegalGround;

/**
 * What the employer learns of a case about it, once the inspection has opened: never who filed, and the worker's
 * contract only where the filer agreed.
 */
@Schema(description = "An inspection of the employer", example = """
        {"caseNumber": "IC-2026-000017", "kind": "PASSPORT_WITHHELD", "status": "UNDER_INSPECTION",
         "openedOn": "2026-12-08"}""")
public record InspectionView(String caseNumber, GrievanceKind kind, CaseStatus status, LocalDate openedOn,
        @Schema(description = "The contract concerned, only where the worker agreed to be named") String contractNumber,
        LocalDate decidedOn, LegalGround legalGround) {

    public static InspectionView of(InspectionCase c, ZoneId zone) {
        return new InspectionView(c.caseNumber, c.kind, c.status, c.inspectionOpenedAt.atZone(zone).toLocalDate(),
                c.contractShownToEmployer(), c.decidedAt == null ? null : c.decidedAt.atZone(zone).toLocalDate(),
                c.legalGround);
    }
}
