package kz.migration.common.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An authenticated caller whose role may not call an operation never reaches the service layer; the 403 is still
 * worth an audit record ({@code request.denied}, the resource id naming the operation), since repeated attempts are
 * how probing shows.
 */
public class DeniedRequestAudit {

    static final String ACTION = "request.denied";

    @Inject
    AuditTrail trail;

    @ServerResponseFilter
    public void recordDenied(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource) {
        if (response.getStatus() != 403 || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        String operation = request.getMethod() + " " + resource.getResourceClass().getSimpleName() + "."
                + resource.getResourceMethod().getName();
        trail.failure(ACTION, operation, 403);
    }
}
