package kz.migration.common.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.security.ForbiddenException;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;

/**
 * Runs inside the method's {@code @Transactional} (a later priority than the transaction interceptor's), so the
 * record of a successful change commits with the change; a failed attempt is recorded in its own transaction.
 */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditedInterceptor {

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getInterceptorBinding(Audited.class);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            Object resourceId = parameterId(invocation, audited);
            if (e instanceof ProblemException problem && problem.type().status() == 404 && deniedOtherOwner()) {
                trail.deniedOtherOwner(audited.value(), resourceId);
            } else {
                trail.failure(audited.value(), resourceId, status(e));
            }
            throw e;
        }
        if (audited.successRecordedByMethod()) {
            return result;
        }
        if (!audited.read()) {
            trail.success(audited.value(), resultId(result, invocation, audited));
        } else if (!trail.callerIsEmployer()) {
            trail.read(audited.value(), resultId(result, invocation, audited));
        }
        return result;
    }

    private boolean deniedOtherOwner() {
        try {
            return caller.deniedOtherOwner();
        } catch (RuntimeException noRequest) {
            return false;
        }
    }

    private static int status(Exception e) {
        if (e instanceof ProblemException problem) {
            return problem.type().status();
        }
        if (e instanceof ConstraintViolationException) {
            return 400;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof OptimisticLockException) {
            return 409;
        }
        if (e instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        return 500;
    }

    /** The id of what was created or changed: the result's {@code id()}, else the method's id parameter. */
    private static Object resultId(Object result, InvocationContext invocation, Audited audited) {
        Object value = accessor(result, "result");
        Object view = value != null ? value : result;
        Object id = accessor(view, "id");
        if (id == null) {
            id = accessor(view, "changeId");
        }
        return id != null ? id : parameterId(invocation, audited);
    }

    private static Object parameterId(InvocationContext invocation, Audited audited) {
        for (Object parameter : invocation.getParameters()) {
            Object named = audited.idFrom().isEmpty() ? null : accessor(parameter, audited.idFrom());
            if (named != null) {
                return named;
            }
        }
        Parameter[] declared = invocation.getMethod().getParameters();
        Object[] values = invocation.getParameters();
        for (Object value : values) {
            if (value instanceof UUID) {
                return value;
            }
        }
        for (int i = 0; i < values.length; i++) {
            // an Idempotency-Key names the attempt, not the record
            boolean idempotencyKey = declared[i].isNamePresent() && declared[i].getName().startsWith("idempotency");
            if (values[i] instanceof String && !idempotencyKey) {
                return values[i];
            }
        }
        return null;
    }

    private static Object accessor(Object target, String name) {
        if (target == null) {
            return null;
        }
        try {
            Method method = target.getClass().getMethod(name);
            return method.getParameterCount() == 0 ? method.invoke(target) : null;
        } catch (ReflectiveOperationException | RuntimeException noSuchAccessor) {
            return null;
        }
    }
}
