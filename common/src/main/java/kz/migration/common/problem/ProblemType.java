package kz.migration.common.problem;

import java.net.URI;

/**
 * The problem kinds shared by every service. Services declare their own rule refusals as {@link ProblemType}s too,
 * so every {@code type} URI lives next to its title and HTTP status.
 */
public record ProblemType(String slug, String title, int status) {

    public static final String BASE_URI = "https://registry.migration.gov.kz/problems/";

    public static final ProblemType VALIDATION = new ProblemType("validation", "Invalid request", 400);
    public static final ProblemType MALFORMED_BODY = new ProblemType("malformed-body", "Malformed request body", 400);
    public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", "Authentication required",
            401);
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Not allowed for this role", 403);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", "Method not allowed",
            405);
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", "Not acceptable", 406);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
            "Unsupported media type", 415);
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", "Request body too large",
            413);
    public static final ProblemType STATE_CONFLICT = new ProblemType("state-conflict",
            "Not allowed in the current state", 409);
    public static final ProblemType STALE_VERSION = new ProblemType("stale-version",
            "The resource was changed by someone else", 412);
    public static final ProblemType PRECONDITION_REQUIRED = new ProblemType("precondition-required",
            "If-Match header required", 428);
    public static final ProblemType IDEMPOTENCY_KEY_REQUIRED = new ProblemType("idempotency-key-required",
            "Idempotency-Key header required", 428);
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused",
            "Idempotency-Key was used with a different request", 409);
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", "Too many requests", 429);
    public static final ProblemType INTERNAL = new ProblemType("internal", "Internal error", 500);
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", "Service unavailable", 503);

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }
}
