package kz.migration.inspection.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The worker follows a case with its number and token; both must match or the answer is 404. */
@Schema(description = "Case number and case token, as the filing answered them", example = """
        {"caseNumber": "IC-2026-000017", "caseToken": "q7T1m0cQ2s9pX4kJ8vN3bY6wZ5eR1tU0iO9pA2sD4fG"}""")
public record CaseFollowRequest(
        @NotNull @Pattern(regexp = Patterns.CASE_NUMBER, message = "must look like IC-2026-000017") String caseNumber,
        @NotNull @Pattern(regexp = Patterns.CASE_TOKEN, message = "must be the 43-character case token") String caseToken) {
}
