package kz.migration.permit.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.migration.permit.domain.CertificateFacts;

/** The certificates issued: when each was first issued, and how long each key's certificates stay valid. */
@ApplicationScoped
public class PermitCertificateRepository {

    @Inject
    EntityManager entityManager;

    /**
     * The issue time of the certificate of {@code facts} under key {@code keyId}: {@code now} for the first one,
     * the first one's for any later request. One statement decides under concurrency: the insert of a concurrent
     * request for the same certificate does nothing, and both read the row that won.
     */
    @Transactional
    public Instant issue(CertificateFacts facts, String keyId, Instant now) {
        entityManager.createNativeQuery("""
                insert into permit_certificate (permit_number, kind, key_id, facts_digest, valid_to, issued_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (permit_number, key_id, facts_digest) do nothing""")
                .setParameter(1, facts.permitNumber()).setParameter(2, facts.kind()).setParameter(3, keyId)
                .setParameter(4, facts.digest()).setParameter(5, facts.validTo()).setParameter(6, now)
                .executeUpdate();
        Number epochSecond = (Number) entityManager.createNativeQuery("""
                select cast(extract(epoch from issued_at) as bigint) from permit_certificate
                where permit_number = ?1 and key_id = ?2 and facts_digest = ?3""")
                .setParameter(1, facts.permitNumber()).setParameter(2, keyId).setParameter(3, facts.digest())
                .getSingleResult();
        return Instant.ofEpochSecond(epochSecond.longValue());
    }

    /** Per key of {@code keyIds} that signed any certificate: the latest last day of validity among them. */
    @SuppressWarnings("unchecked")
    public Map<String, LocalDate> lastValidTo(List<String> keyIds) {
        Map<String, LocalDate> last = new HashMap<>();
        if (keyIds.isEmpty()) {
            return last;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                select key_id, to_char(max(valid_to), 'YYYY-MM-DD') from permit_certificate
                where key_id in (?1) group by key_id""").setParameter(1, keyIds).getResultList();
        for (Object[] row : rows) {
            last.put((String) row[0], LocalDate.parse((String) row[1]));
        }
        return last;
    }
}
