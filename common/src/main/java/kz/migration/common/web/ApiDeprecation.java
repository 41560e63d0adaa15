package kz.migration.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a v1 operation as deprecated (versioning policy: docs/integrators.md). Every response of the operation then
 * carries {@code Deprecation} (RFC 9745) and {@code Sunset} (RFC 8594) headers, and a {@code Link} to its successor
 * when one is named; put Java's {@code @Deprecated} next to it so the OpenAPI document says {@code deprecated: true}
 * and documents both headers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiDeprecation {

    String DEPRECATION_HEADER = "Deprecation";
    String SUNSET_HEADER = "Sunset";

    /** ISO date from which the operation is deprecated, e.g. {@code 2027-01-01}. */
    String since();

    /** ISO date after which the operation may be removed (never inside v1: removal needs /api/v2). */
    String sunset();

    /** Path of the operation that replaces this one, sent as {@code Link: <path>; rel="successor-version"}. */
    String successor() default "";
}
