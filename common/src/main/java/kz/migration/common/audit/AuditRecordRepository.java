package kz.migration.common.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** The {@code audit_record} table: inserts only (a trigger refuses updates and deletes) and the auditor's search. */
@ApplicationScoped
public class AuditRecordRepository {

    @Inject
    EntityManager entityManager;

    /** The auditor's filters; null means any. */
    public record Filter(String subject, String action, String resourceId, AuditOutcome outcome,
            String correlationId, Instant from, Instant to) {
    }

    public void insert(AuditRecord record) {
        entityManager.createNativeQuery("""
                insert into audit_record (occurred_at, subject, role, caller_bin, caller_region, action,
                    resource_type, resource_id, outcome, status, client_id, correlation_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, record.occurredAt())
                .setParameter(2, record.subject())
                .setParameter(3, record.role())
                .setParameter(4, record.callerBin())
                .setParameter(5, record.callerRegion())
                .setParameter(6, record.action())
                .setParameter(7, record.resourceType())
                .setParameter(8, record.resourceId())
                .setParameter(9, record.outcome().name())
                .setParameter(10, record.status())
                .setParameter(11, record.clientId())
                .setParameter(12, record.correlationId())
                .executeUpdate();
    }

    /** Newest first, ids below {@code beforeId} (the cursor) when given; {@code limit} rows at most. */
    @SuppressWarnings("unchecked")
    public List<AuditRecord> search(Filter filter, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, subject, role, caller_bin, caller_region, action, resource_type, resource_id,
                    outcome, status, client_id, correlation_id
                from audit_record where true""");
        List<Object> parameters = new ArrayList<>();
        condition(sql, parameters, "subject", filter.subject());
        condition(sql, parameters, "action", filter.action());
        condition(sql, parameters, "resource_id", filter.resourceId());
        condition(sql, parameters, "outcome", filter.outcome() == null ? null : filter.outcome().name());
        condition(sql, parameters, "correlation_id", filter.correlationId());
        if (filter.from() != null) {
            parameters.add(filter.from());
            sql.append(" and occurred_at >= ?").append(parameters.size());
        }
        if (filter.to() != null) {
            parameters.add(filter.to());
            sql.append(" and occurred_at < ?").append(parameters.size());
        }
        if (beforeId != null) {
            parameters.add(beforeId);
            sql.append(" and id < ?").append(parameters.size());
        }
        sql.append(" order by id desc limit ").append(limit);
        Query query = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(AuditRecordRepository::record).toList();
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            parameters.add(value);
            sql.append(" and ").append(column).append(" = ?").append(parameters.size());
        }
    }

    private static AuditRecord record(Object[] row) {
        return new AuditRecord(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                AuditOutcome.valueOf((String) row[9]), row[10] == null ? null : ((Number) row[10]).intValue(),
                (String) row[11], (String) row[12]);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
