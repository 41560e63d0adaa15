package kz.migration.common.problem;

import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import kz.migration.common.persistence.TransientFailures;

/**
 * The one place where exceptions become RFC 9457 problem+json. Nothing leaves a service as a stack trace or an
 * ad-hoc body: unknown failures answer 500 with a correlation id that is also in the log.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    /** Long enough for a pool to free a connection or a failover to finish; short enough not to stall a caller. */
    private static final int TRANSIENT_RETRY_AFTER_SECONDS = 5;

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return responses.of(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field)).toList();
        String detail = violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid";
        return responses.of(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail,
                null, null, violations, Map.of()));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return malformed(e);
    }

    /** Quarkus ships a mapper for this subtype (unknown fields, wrong types); ours must be at least as specific. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformed(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return malformed(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return bearerChallenge();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return bearerChallenge();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationCompletion(AuthenticationCompletionException e) {
        return bearerChallenge();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return responses.of(ProblemType.FORBIDDEN, "Your role may not call this operation");
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return responses.of(ProblemType.STATE_CONFLICT,
                "The resource was changed concurrently; read it again and retry");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return malformed(json);
        }
        if (e instanceof NotFoundException && e.getCause() != null && !uri.getQueryParameters().isEmpty()) {
            return unconvertibleParameter(e.getCause(), uri.getQueryParameters());
        }
        if (e instanceof NotFoundException) {
            return responses.of(ProblemType.NOT_FOUND, "No such resource");
        }
        if (e instanceof NotAllowedException) {
            return responses.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on this resource");
        }
        if (e instanceof NotSupportedException) {
            return responses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
        }
        if (e instanceof NotAcceptableException) {
            return responses.of(ProblemType.NOT_ACCEPTABLE, "This resource answers application/json");
        }
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return responses.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
        }
        if (status >= 400 && status < 500) {
            return responses.of(new Problem(ProblemType.VALIDATION.uri(), "Bad request", status,
                    "The request could not be processed", null, null, List.of(), Map.of()));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        java.sql.SQLException sql = causeOf(e, java.sql.SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // SQL data exception (value out of range, invalid text or date): the request's data, not our fault
            return responses.of(ProblemType.VALIDATION, "A value is outside what the registry can store");
        }
        if (sql != null && "23505".equals(sql.getSQLState())) {
            // A unique index settled a race the service's own check could not see (two requests at once).
            return responses.of(ProblemType.STATE_CONFLICT,
                    "A concurrent request created the same record; read it again before retrying");
        }
        if (TransientFailures.isTransient(e)) {
            // The database away or busy (a failover, no free connection, a deadlock): the client should retry.
            Response response = responses.of(new ProblemException(ProblemType.UNAVAILABLE,
                    "The registry cannot reach its database or it is busy; retry after the time in Retry-After with "
                            + "the same Idempotency-Key")
                    .with("retryAfterSeconds", TRANSIENT_RETRY_AFTER_SECONDS)
                    .toProblem());
            LOG.warnf("Transient failure answered 503, correlationId=%s: %s",
                    ((Problem) response.getEntity()).correlationId(), e);
            return response;
        }
        Response response = responses.of(ProblemType.INTERNAL,
                "An unexpected error occurred; quote the correlation id to the operator");
        Problem problem = (Problem) response.getEntity();
        LOG.errorf(e, "Unexpected error, correlationId=%s", problem.correlationId());
        return response;
    }

    private Response malformed(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            String message = e instanceof UnrecognizedPropertyException
                    ? "is not a known field"
                    : "has a value of the wrong type or format";
            return responses.of(new Problem(ProblemType.MALFORMED_BODY.uri(), ProblemType.MALFORMED_BODY.title(), 400,
                    field + " " + message, null, null, List.of(new Problem.Violation(field, message)), Map.of()));
        }
        return responses.of(ProblemType.MALFORMED_BODY, "The request body is not valid JSON");
    }

    /**
     * JAX-RS turns a query or path parameter that does not convert (a number, date, UUID or enum value) into a 404
     * with the conversion failure as cause. A query parameter is the client's mistake: 400 naming the parameter
     * whose value the failure quotes (number, UUID, date and enum conversions all quote it), or 400 without a field
     * when no query value is quoted. Without a query string it can only be a path parameter: 404, no resource has
     * that id.
     */
    private Response unconvertibleParameter(Throwable conversion, MultivaluedMap<String, String> query) {
        String message = conversion instanceof DateTimeParseException parse
                ? parse.getParsedString()
                : String.valueOf(conversion.getMessage());
        String field = query.entrySet().stream()
                .filter(parameter -> parameter.getValue().stream().anyMatch(v -> !v.isEmpty() && message.contains(v)))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
        String wrong = "has a value of the wrong type or format";
        if (field == null) {
            return responses.of(ProblemType.VALIDATION, "A query or path parameter " + wrong);
        }
        return responses.of(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                "Query parameter " + field + " " + wrong, null, null, List.of(new Problem.Violation(field, wrong)),
                Map.of()));
    }

    private Response bearerChallenge() {
        Response problem = responses.of(ProblemType.UNAUTHENTICATED,
                "Send a valid bearer token in the Authorization header");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * Parameter paths look like {@code create.request.worker.passportNumber}: the field is what follows the
     * parameter, or the parameter itself for a query or path parameter.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null && field.length() > 0) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        field.append(field.length() > 0 ? "." : "").append(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static Path.Node lastNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
