package kz.migration.common.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Puts a service method in the audit trail under a stable action name, {@code <resource-type>.<verb>} (e.g.
 * {@code permit-application.approve}). A successful change is recorded in the method's own transaction; a refusal
 * or denial in a separate one, since the change rolls back. The resource id is the {@code id()} of the result (or
 * of {@code Outcome.result()}), else the {@link #idFrom} accessor of a parameter (an event consumer's payload, e.g.
 * {@code reservationId}), else the first {@link java.util.UUID}, else the first {@code String} parameter.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** Stable action name: {@code <resource-type>.<verb>}. */
    @Nonbinding
    String value();

    /**
     * A read of personal data: recorded as {@link AuditOutcome#READ}, except for employers reading their own
     * records (the owner reading its data is not what the trail is for).
     */
    @Nonbinding
    boolean read() default false;

    /** Accessor on a parameter that gives the resource id (event-driven changes); empty: found as described above. */
    @Nonbinding
    String idFrom() default "";

    /**
     * The method writes its own success record (built with {@link AuditTrail#successRecord}) in the statement that
     * makes the change, so the interceptor records only failures; a method without a transaction around it.
     */
    @Nonbinding
    boolean successRecordedByMethod() default false;
}
