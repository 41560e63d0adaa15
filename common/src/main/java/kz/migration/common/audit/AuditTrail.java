package kz.migration.common.audit;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;

import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.RequestContext;

/**
 * Writes the audit trail. Who acted comes from the token ({@link Caller}), or is {@code system:<consumer>} while
 * an event is applied; correlation and client ids come from {@link RequestContext}. Most callers use
 * {@link Audited} on a service method; call {@link #success} directly only where the insert must sit at a precise
 * point of a transaction.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ThreadLocal<SystemActor> SYSTEM_ACTOR = new ThreadLocal<>();

    /** Who acts when no one calls: an event consumer or a job, with the correlation id it carries. */
    private record SystemActor(String subject, String correlationId, String clientId) {
    }

    @Inject
    AuditRecordRepository records;

    @Inject
    Caller caller;

    @Inject
    RequestContext requestContext;

    @Inject
    Clock clock;

    /** Runs {@code work} with audit records attributed to {@code system:<name>} (event consumers, jobs). */
    public static <T> T actingAsSystem(String name, String correlationId, String clientId, Supplier<T> work) {
        SystemActor previous = SYSTEM_ACTOR.get();
        SYSTEM_ACTOR.set(new SystemActor("system:" + name, correlationId, clientId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_ACTOR.remove();
            } else {
                SYSTEM_ACTOR.set(previous);
            }
        }
    }

    /** Records a successful change in the current transaction, so it commits or rolls back with the change. */
    public void success(String action, Object resourceId) {
        write(action, resourceId, AuditOutcome.SUCCESS);
    }

    /**
     * The record {@link #success} would insert, for a caller that writes it itself in the statement of its change
     * (one round trip for the change and its record).
     */
    public AuditRecord successRecord(String action, Object resourceId) {
        return record(action, resourceId, AuditOutcome.SUCCESS, null);
    }

    /** Records a read of personal data (in the current transaction, or a new one if there is none). */
    public void read(String action, Object resourceId) {
        write(action, resourceId, AuditOutcome.READ);
    }

    /** Records a failed attempt in a transaction of its own: the attempt's transaction is about to roll back. */
    public void failure(String action, Object resourceId, int status) {
        insertApart(record(action, resourceId, AuditOutcome.ofStatus(status), status));
    }

    /** Records an attempt answered 404 although the record exists: it belongs to another owner. */
    public void deniedOtherOwner(String action, Object resourceId) {
        insertApart(record(action, resourceId, AuditOutcome.DENIED, 404));
    }

    /** In a transaction of its own; off the event loop, where a refusal may be answered, since JDBC blocks. */
    private void insertApart(AuditRecord record) {
        if (Context.isOnEventLoopThread()) {
            Infrastructure.getDefaultWorkerPool().execute(() -> QuarkusTransaction.requiringNew()
                    .run(() -> records.insert(record)));
        } else {
            QuarkusTransaction.requiringNew().run(() -> records.insert(record));
        }
    }

    /** Whether the current caller is an employer (whose reads of its own records are not audited). */
    public boolean callerIsEmployer() {
        return SYSTEM_ACTOR.get() == null && callerKnown() && caller.is(Roles.EMPLOYER);
    }

    private void write(String action, Object resourceId, AuditOutcome outcome) {
        AuditRecord record = record(action, resourceId, outcome, null);
        QuarkusTransaction.joiningExisting().run(() -> records.insert(record));
    }

    private AuditRecord record(String action, Object resourceId, AuditOutcome outcome, Integer status) {
        String resourceType = action.substring(0, action.lastIndexOf('.'));
        String id = resourceId == null ? null : resourceId.toString();
        SystemActor system = SYSTEM_ACTOR.get();
        if (system != null || !callerKnown()) {
            SystemActor actor = system != null ? system : new SystemActor("system:job", null, null);
            return new AuditRecord(0, clock.instant(), actor.subject(), "system", null, null, action, resourceType,
                    id, outcome, null, actor.clientId(), actor.correlationId());
        }
        RequestContext.Ids ids = requestContext.current();
        return new AuditRecord(0, clock.instant(), caller.subject(), caller.role(), caller.bin().orElse(null),
                caller.region().orElse(null), action, resourceType, id, outcome, status, ids.clientId(),
                ids.correlationId());
    }

    /** A token-bearing caller; scheduled jobs run with a request context but no token. */
    private boolean callerKnown() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        try {
            return !Caller.ANONYMOUS.equals(caller.subject());
        } catch (RuntimeException noIdentity) {
            return false;
        }
    }
}
