package kz.migration.common.web;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Announces the deprecation of an operation marked {@link ApiDeprecation} on every one of its responses. */
public class DeprecationHeaders {

    /** IMF-fixdate (RFC 9110), the HTTP-date form Sunset uses. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    @ServerResponseFilter
    public void announce(ContainerResponseContext response, ResourceInfo resource) {
        ApiDeprecation deprecation = deprecationOf(resource);
        if (deprecation == null) {
            return;
        }
        long since = LocalDate.parse(deprecation.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        response.getHeaders().putSingle(ApiDeprecation.DEPRECATION_HEADER, "@" + since);
        response.getHeaders().putSingle(ApiDeprecation.SUNSET_HEADER,
                HTTP_DATE.format(LocalDate.parse(deprecation.sunset()).atStartOfDay(ZoneOffset.UTC)));
        if (!deprecation.successor().isEmpty()) {
            response.getHeaders().add("Link", "<" + deprecation.successor() + ">; rel=\"successor-version\"");
        }
    }

    private static ApiDeprecation deprecationOf(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        ApiDeprecation onMethod = method.getAnnotation(ApiDeprecation.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(ApiDeprecation.class);
    }
}
