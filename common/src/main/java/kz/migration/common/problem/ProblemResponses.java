package kz.migration.common.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.vertx.ext.web.RoutingContext;

import kz.migration.common.web.RequestContext;

/** Builds problem+json responses, filling {@code instance} and the correlation id of the current request. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    RoutingContext routingContext;

    public Response of(Problem problem) {
        String correlationId = currentCorrelationId();
        String path = routingContext == null ? null : routingContext.normalizedPath();
        Problem withInstance = problem.withInstance(path, correlationId);
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(
                withInstance);
        if ((problem.status() == 429 || problem.status() == 503)
                && problem.extensions().get("retryAfterSeconds") != null) {
            builder.header("Retry-After", problem.extensions().get("retryAfterSeconds"));
        }
        return builder.build();
    }

    public Response of(ProblemType type, String detail) {
        return of(new Problem(type.uri(), type.title(), type.status(), detail, null, null, List.of(), Map.of()));
    }

    private String currentCorrelationId() {
        try {
            Object id = routingContext.get(RequestContext.CORRELATION_ID_KEY);
            return id != null ? id.toString() : UUID.randomUUID().toString();
        } catch (RuntimeException noRequest) {
            return UUID.randomUUID().toString();
        }
    }
}
