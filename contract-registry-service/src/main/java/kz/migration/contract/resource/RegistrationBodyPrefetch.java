package kz.migration.contract.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads a contract registration's body on the event loop, before the resource's worker thread takes the request.
 * RESTEasy reads the body of a blocking method from the worker, which then waits for the event loop to hand the bytes
 * over: one more thread switch per registration, and on two busy cores a wait that JFR showed among the request
 * threads' longest (docs/performance.md). Given the body here, RESTEasy reads it from memory. Only a body of declared
 * length within the limit is read here (a larger one was answered 413 by the routes before this one); a chunked or
 * empty body takes RESTEasy's path as before.
 */
@ApplicationScoped
public class RegistrationBodyPrefetch {

    /** After Quarkus' body size check (order -2) and BodySizeLimit (-3), before the REST routes. */
    static final int ORDER = -1;

    void install(@Observes Router router) {
        long maxBytes = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size",
                MemorySize.class).map(MemorySize::asLongValue).orElse(-1L);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route(HttpMethod.POST, "/api/v1/contracts").order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || length.equals("0")) {
                context.next();
                return;
            }
            body.handle(context);
        });
    }
}
