package kz.migration.common.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemType;

/**
 * Quarkus answers a body over {@code quarkus.http.limits.max-body-size} with a bare 413; this route runs just before
 * that check (order -3 against its -2) and answers a declared oversized body with problem+json instead, so that
 * every error of the API has the same shape.
 */
@ApplicationScoped
public class BodySizeLimit {

    void install(@Observes Router router) {
        Optional<MemorySize> limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size",
                MemorySize.class);
        if (limit.isEmpty()) {
            return;
        }
        long maxBytes = limit.get().asLongValue();
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBytes) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                JsonObject problem = new JsonObject(Map.of("type", type.uri().toString(), "title", type.title(),
                        "status", type.status(), "detail", "The request body is larger than " + maxBytes + " bytes",
                        "instance", context.normalizedPath()));
                context.response().setStatusCode(type.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
                return;
            }
            context.next();
        });
    }
}
