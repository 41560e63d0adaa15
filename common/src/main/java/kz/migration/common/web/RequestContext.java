package kz.migration.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

import kz.migration.common.problem.ProblemException;

/**
 * Government-integration headers: {@code X-Request-Id} (correlation id, generated when absent) and
 * {@code X-Client-Id} (the calling system, in the style of X-Road's client header). Both are validated, echoed
 * in the response, put in the log context, and read by the outbox and audit trail through {@link #current()}.
 */
@ApplicationScoped
public class RequestContext {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String CLIENT_ID_HEADER = "X-Client-Id";
    public static final String CORRELATION_ID_KEY = "registry.correlationId";
    public static final String CLIENT_ID_KEY = "registry.clientId";

    private static final Pattern HEADER_VALUE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    @Inject
    RoutingContext routingContext;

    /** Correlation and client ids of the current request, or of none (a scheduled job, a consumer). */
    public record Ids(String correlationId, String clientId) {
        public static final Ids NONE = new Ids(null, null);
    }

    public Ids current() {
        try {
            return new Ids(routingContext.get(CORRELATION_ID_KEY), routingContext.get(CLIENT_ID_KEY));
        } catch (RuntimeException outsideRequest) {
            return Ids.NONE;
        }
    }

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void readHeaders(ContainerRequestContext request) {
        String requestId = request.getHeaderString(REQUEST_ID_HEADER);
        String clientId = request.getHeaderString(CLIENT_ID_HEADER);
        String correlationId = requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
        routingContext.put(CORRELATION_ID_KEY, HEADER_VALUE.matcher(correlationId).matches()
                ? correlationId
                : UUID.randomUUID().toString());
        MDC.put("correlationId", routingContext.get(CORRELATION_ID_KEY));
        if (requestId != null && !requestId.isBlank() && !HEADER_VALUE.matcher(requestId).matches()) {
            throw ProblemException.invalid(REQUEST_ID_HEADER, "must be 1-64 characters of A-Z a-z 0-9 . _ : / -");
        }
        if (clientId != null) {
            if (!HEADER_VALUE.matcher(clientId).matches()) {
                throw ProblemException.invalid(CLIENT_ID_HEADER, "must be 1-64 characters of A-Z a-z 0-9 . _ : / -");
            }
            routingContext.put(CLIENT_ID_KEY, clientId);
        }
    }

    @ServerResponseFilter
    public void echoHeaders(ContainerResponseContext response) {
        Ids ids = current();
        if (ids.correlationId() != null) {
            response.getHeaders().putSingle(REQUEST_ID_HEADER, ids.correlationId());
        }
        if (ids.clientId() != null) {
            response.getHeaders().putSingle(CLIENT_ID_HEADER, ids.clientId());
        }
        MDC.remove("correlationId");
    }
}
