package kz.migration.inspection.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.EmployerViolation;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.LegalGround;

/** An entry of the compliance register. */
@Schema(description = "A confirmed violation on the employer's (and for a recruitment fee the agency's) record", example = """
        {"id": "7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b", "caseNumber": "IC-2026-000017", "employerBin": "120640004563",
         "kind": "PASSPORT_WITHHELD", "serious": true, "region": "750000000", "legalGround": "ILO_C029",
         "confirmedOn": "2026-12-15"}""")
public record ViolationView(UUID id, String caseNumber, String employerBin,
        @Schema(description = "A private individual employer's IIN") String employerIin, String recruitmentAgencyBin,
        GrievanceKind kind,
        @Schema(description = "Serious violations bar the employer's next permit applications for a period") boolean serious,
        String region, LegalGround legalGround, LocalDate confirmedOn) {

    public static ViolationView of(EmployerViolation v) {
        return new ViolationView(v.id, v.caseNumber, v.employerBin, v.employerIin, v.recruitmentAgencyBin, v.kind,
                v.serious, v.region, v.legalGround, v.confirmedOn);
    }
}
