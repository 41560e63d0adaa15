package kz.migration.permit.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** A check as its list shows it: with the education document of its application, read in the same statement. */
    public record Listed(DocumentVerification check, String educationDocumentId, String educationCountry,
            String legalisationReference) {
    }

    /** Requests with the given status, oldest first, each with its application's education document. */
    public List<Listed> page(DocumentVerificationStatus status, PageCursor after, int limit) {
        String query = "select v, a.educationDocumentId, a.educationCountry, a.legalisationReference "
                + "from DocumentVerification v join PermitApplication a on a.id = v.applicationId where v.status = ?1"
                + (after == null ? "" : " and (v.requestedAt > ?2 or (v.requestedAt = ?2 and v.id > ?3))")
                + " order by v.requestedAt, v.id";
        var rows = getEntityManager().createQuery(query, Object[].class).setParameter(1, status);
        if (after != null) {
            rows.setParameter(2, after.instant()).setParameter(3, after.id());
        }
        return rows.setMaxResults(limit + 1).getResultStream()
                .map(row -> new Listed((DocumentVerification) row[0], (String) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
    }
}
