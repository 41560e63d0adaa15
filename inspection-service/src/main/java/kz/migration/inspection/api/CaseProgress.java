package kz.migration.inspection.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.LegalGround;

/** What the worker sees of a case with its token: codes a client translates, no personal data. */
@Schema(description = "The progress of a case, in codes a client can translate", example = CaseProgress.EXAMPLE)
public record CaseProgress(
        String caseNumber,
        GrievanceKind kind,
        CaseStatus status,
        LocalDate receivedOn,
        LocalDate dueOn,
        @Schema(description = "Whether an inspection has opened (the employer knows of the case from then on)") boolean inspectionOpened,
        @Schema(description = "The day the case was decided, when it was") LocalDate decidedOn,
        @Schema(description = "The legal ground of the finding, when there is one") LegalGround legalGround,
        @Schema(description = "NONE, IN_FORCE (the employer cannot terminate the worker's permit on return) or LIFTED") String terminationHold) {

    public static final String EXAMPLE = """
            {"caseNumber": "IC-2026-000017", "kind": "PASSPORT_WITHHELD", "status": "VIOLATION_CONFIRMED",
             "receivedOn": "2026-12-07", "dueOn": "2026-12-21", "inspectionOpened": true, "decidedOn": "2026-12-15",
             "legalGround": "ILO_C029", "terminationHold": "LIFTED"}""";
}
