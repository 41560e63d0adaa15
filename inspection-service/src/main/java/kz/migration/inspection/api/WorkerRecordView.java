package kz.migration.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;

/**
 * The worker's own record: every registered contract and permit with the passport, the wage-payment record, and the
 * cases the employer already knows of. Codes, no names of people, no passport.
 */
@Schema(description = "The worker's contracts, permits, wages and cases, in codes a client can translate", example = WorkerRecordView.EXAMPLE)
public record WorkerRecordView(List<Contract> contracts, List<Permit> permits, List<WageMonthView> wages,
        @Schema(description = "Cases whose inspection has opened and whose filer let the employer be told; every other case is followed with its case token") List<Case> cases) {

    public static final String EXAMPLE = """
            {"contracts": [{"contractNumber": "LC-2026-000045", "status": "ACTIVE", "employerName": "Astana Stroy LLP",
             "employerBin": "120640004563", "occupationCode": "7212", "region": "750000000", "startDate": "2026-09-01",
             "endDate": "2027-08-31", "salary": "650000.00", "currency": "KZT", "weeklyHours": 40}],
             "permits": [{"permitNumber": "WP-2026-000123", "kind": "EMPLOYER", "status": "ISSUED",
             "employerBin": "120640004563", "occupationCode": "7212", "region": "750000000",
             "validFrom": "2026-08-25", "validTo": "2027-08-24"}],
             "wages": [{"contractNumber": "LC-2026-000045", "period": "2026-10", "expected": "650000.00",
             "paid": "552500.00", "verdict": "PAID", "payments": []}],
             "cases": [{"caseNumber": "IC-2026-000017", "kind": "WAGES_UNPAID_OR_LATE", "status": "UNDER_INSPECTION",
             "receivedOn": "2026-12-07"}]}""";

    /** A registered contract. */
    public record Contract(String contractNumber,
            @Schema(description = "ACTIVE, ENDED (its end date passed), TERMINATED or PERMIT_ENDED") String status,
            String employerName,
            @Schema(description = "A company employer's BIN; absent for a private individual") String employerBin,
            String occupationCode, String region, LocalDate startDate, LocalDate endDate, LocalDate terminatedOn,
            @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
            String currency, Integer weeklyHours) {
    }

    /** A permit issued with the passport. */
    public record Permit(String permitNumber, String kind,
            @Schema(description = "ISSUED, REVOKED, EXPIRED or TERMINATED") String status, String employerBin,
            String occupationCode, String region, LocalDate validFrom, LocalDate validTo) {
    }

    /** A case the employer knows of. */
    public record Case(String caseNumber, GrievanceKind kind, CaseStatus status, LocalDate receivedOn) {
    }
}
