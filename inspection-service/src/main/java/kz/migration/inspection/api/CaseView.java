package kz.migration.inspection.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseSource;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.LegalGround;

/** A case as the region's inspectors, the advocate who filed it and auditors see it. */
@Schema(description = "A case with the grievance, its evidence and its termination hold", example = CaseView.EXAMPLE)
public record CaseView(
        UUID id,
        String caseNumber,
        GrievanceKind kind,
        boolean urgent,
        CaseSource source,
        CaseStatus status,
        String region,
        String employerBin,
        @Schema(description = "A private individual employer's IIN") String employerIin,
        String recruitmentAgencyBin,
        String contractNumber,
        String permitNumber,
        String workerDocumentNumber,
        String description,
        String contact,
        String preferredLanguage,
        @Schema(description = "Whether the employer may be told which worker's contract the case concerns") boolean discloseToEmployer,
        @Schema(description = "The advocate who filed it") String filedBy,
        String consentReference,
        Instant receivedAt,
        LocalDate receivedOn,
        LocalDate dueOn,
        boolean overdue,
        Instant inspectionOpenedAt,
        String inspector,
        LegalGround legalGround,
        String findingNote,
        Integer unpaidMonths,
        Instant decidedAt,
        List<EvidenceView> evidence,
        HoldView terminationHold,
        long version) {

    public static final String EXAMPLE = """
            {"id": "0b6f0c4e-2f1d-4d0a-9d59-7a4b1f3c2e11", "caseNumber": "IC-2026-000017", "kind": "PASSPORT_WITHHELD",
             "urgent": false, "source": "WORKER", "status": "UNDER_INSPECTION", "region": "750000000",
             "employerBin": "120640004563", "contractNumber": "LC-2026-000045", "permitNumber": "WP-2026-000123",
             "workerDocumentNumber": "FA1234567", "description": "The foreman took our passports on arrival.",
             "preferredLanguage": "uz", "discloseToEmployer": false, "receivedAt": "2026-12-07T04:15:00Z",
             "receivedOn": "2026-12-07", "dueOn": "2026-12-21", "overdue": false,
             "inspectionOpenedAt": "2026-12-08T05:00:00Z", "inspector": "inspector-750000000", "evidence": [],
             "terminationHold": {"id": "5d1e6a9b-8c3f-4b2a-9e7d-1f0a2b3c4d5e", "inForce": true,
             "permitNumber": "WP-2026-000123", "contractNumber": "LC-2026-000045",
             "placedAt": "2026-12-07T04:15:00Z"}, "version": 1}""";

    public static CaseView of(InspectionCase c, LocalDate today, List<EvidenceView> evidence, HoldView hold) {
        return new CaseView(c.id, c.caseNumber, c.kind, c.urgent, c.source, c.status, c.region, c.employerBin,
                c.employerIin, c.recruitmentAgencyBin, c.contractNumber, c.permitNumber, c.workerDocumentNumber,
                c.description, c.contact, c.preferredLanguage, c.discloseToEmployer, c.filedBy, c.consentReference,
                c.receivedAt, c.receivedOn, c.dueOn, c.overdue(today), c.inspectionOpenedAt, c.inspector,
                c.legalGround, c.findingNote, c.unpaidMonths, c.decidedAt, evidence, hold, c.version);
    }
}
