package kz.migration.common.web;

import java.io.IOException;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import kz.migration.common.problem.ProblemException;

/**
 * PostgreSQL cannot store the NUL character in text; a string carrying one would fail deep in a transaction as a
 * 500. It is refused at the edge instead: in JSON strings (400 naming the field) and in the request URI.
 */
@Singleton
public class StrictStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class,
                new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String value = super.deserialize(parser, context);
                        if (value != null && value.indexOf('\u0000') >= 0) {
                            return (String) context.handleWeirdStringValue(String.class, value,
                                    "the NUL character is not allowed");
                        }
                        return value;
                    }
                }));
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    public void refuseNulInUri(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawQuery();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (containsNul(uri) || containsNul(path)) {
            throw ProblemException.invalid("uri", "must not contain the NUL character");
        }
    }

    private static boolean containsNul(String raw) {
        return raw != null && (raw.contains("%00") || raw.indexOf('\u0000') >= 0);
    }
}
