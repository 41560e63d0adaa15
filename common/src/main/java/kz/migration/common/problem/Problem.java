package kz.migration.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code type} is stable per error kind so that integrators can branch on it;
 * {@code extensions} carries kind-specific members (for example the renewal window) at the top level.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail", example = """
        {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
         "detail":"1 field is invalid","instance":"/api/v1/vacancies","correlationId":"5f0c...",
         "violations":[{"field":"employerBin","message":"is not a valid BIN"}]}""")
public record Problem(URI type, String title, int status, String detail, String instance, String correlationId,
        List<Violation> violations, @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }

    public Problem withInstance(String instance, String correlationId) {
        return new Problem(type, title, status, detail, instance, correlationId, violations, extensions);
    }
}
