package kz.migration.permit.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.ComplianceRecord;

/** A violation of the employer's in the labour inspectorate's compliance register, as the officer sees it. */
@Schema(description = "A violation the labour inspectorate confirmed against the employer within the configured period; never names the worker", example = """
        {"kind": "EXCESSIVE_HOURS", "serious": false, "caseNumber": "IC-2026-000031", "region": "750000000",
         "legalGround": "LABOUR_CODE_ART_68", "confirmedOn": "2026-11-20"}""")
public record ComplianceFlag(
        @Schema(description = "The grievance kind, a code such as WAGES_UNPAID_OR_LATE or EXCESSIVE_HOURS", example = "EXCESSIVE_HOURS") String kind,
        @Schema(description = "A serious violation refuses new applications; one confirmed after this application was submitted is shown here instead") boolean serious,
        @Schema(description = "The inspection case that confirmed it") String caseNumber,
        String region,
        @Schema(description = "The legal ground of the finding, a code") String legalGround,
        LocalDate confirmedOn) {

    public static ComplianceFlag of(ComplianceRecord.Flag flag) {
        return new ComplianceFlag(flag.kind(), flag.serious(), flag.caseNumber(), flag.region(), flag.legalGround(),
                flag.confirmedOn());
    }
}
