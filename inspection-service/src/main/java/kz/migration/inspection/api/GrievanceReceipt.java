package kz.migration.inspection.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.CaseStatus;

/** The answer to a filing: the case number and its secret token, which together follow the case. Nothing else. */
@Schema(description = "The case number and the secret case token: keep both, they are the only way to follow the case without an account", example = GrievanceReceipt.EXAMPLE)
public record GrievanceReceipt(
        String caseNumber,
        @Schema(description = "Secret; shown once per filing (a retry with the same Idempotency-Key shows it again). The registry keeps only its hash") String caseToken,
        CaseStatus status,
        LocalDate receivedOn,
        @Schema(description = "The day by which the inspectorate decides the case") LocalDate dueOn) {

    public static final String EXAMPLE = """
            {"caseNumber": "IC-2026-000017", "caseToken": "q7T1m0cQ2s9pX4kJ8vN3bY6wZ5eR1tU0iO9pA2sD4fG",
             "status": "RECEIVED", "receivedOn": "2026-12-07", "dueOn": "2026-12-21"}""";

    /** The case number, as the audit trail's resource id (not a property of the answer). */
    public String id() {
        return caseNumber;
    }

    public GrievanceReceipt withToken(String token) {
        return new GrievanceReceipt(caseNumber, token, status, receivedOn, dueOn);
    }
}
