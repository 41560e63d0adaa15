package kz.migration.permit.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.DocumentVerificationStatus;

/** Queries on the MFA document checks. */
@ApplicationScoped
public class DocumentVerificationRepository implements PanacheRepositoryBase<DocumentVerification, UUID> {

    public Optional<DocumentVerification> forApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    public Optional<DocumentVerification> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Map<UUID, DocumentVerification> forApplications(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return list("applicationId in ?1", applicationIds).stream()
                .collect(Collectors.toMap(v -> v.applicationId, Function.identity()));
    }

    /** Requests with the given status, oldest first. */
    public List<DocumentVerification> page(DocumentVerificationStatus status, PageCursor after, int limit) {
        if (after == null) {
            return find("status = ?1 order by requestedAt, id", status).page(0, limit + 1).list();
        }
        return find("status = ?1 and (requestedAt > ?2 or (requestedAt = ?2 and id > ?3)) order by requestedAt, id",
                status, after.instant(), after.id()).page(0, limit + 1).list();
    }
}
