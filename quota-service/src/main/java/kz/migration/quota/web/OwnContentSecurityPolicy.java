package kz.migration.quota.web;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerResponse;

/**
 * An answer that sets its own Content-Security-Policy (the dashboard's page, whose stylesheet the policy allows by
 * hash) replaces the API's policy instead of adding to it: a browser enforces every policy it is sent, and the API's
 * {@code default-src 'none'} would block the page's style.
 */
public class OwnContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    @ServerResponseFilter
    public void replaceTheApiPolicy(ContainerResponseContext response, HttpServerResponse http) {
        if (response.getHeaders().containsKey(HEADER)) {
            http.headers().remove(HEADER);
        }
    }
}
