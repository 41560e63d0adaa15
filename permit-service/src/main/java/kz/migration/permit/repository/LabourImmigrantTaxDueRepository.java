package kz.migration.permit.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.TaxDue;
import kz.migration.permit.domain.TaxDueStatus;

/** Labour immigrants' taxes; each is changed only under its permit's row lock. */
@ApplicationScoped
public class LabourImmigrantTaxDueRepository implements PanacheRepositoryBase<TaxDue, String> {

    /** The permit's latest tax, open or settled. */
    public Optional<TaxDue> latest(UUID permitId) {
        return find("permitId = ?1 order by createdAt desc, reference desc", permitId).firstResultOptional();
    }

    /** The permit's open tax (at most one, by index). */
    public Optional<TaxDue> open(UUID permitId) {
        return find("permitId = ?1 and status = ?2", permitId, TaxDueStatus.DUE).firstResultOptional();
    }

    /** The permit a tax belongs to, read without loading the tax (it is loaded after the permit is locked). */
    public Optional<UUID> permitOf(String reference) {
        return getEntityManager()
                .createNativeQuery("select permit_id from labour_immigrant_tax_due where reference = ?1",
                        UUID.class)
                .setParameter(1, reference).getResultStream().findFirst().map(UUID.class::cast);
    }

    /** The latest tax of each of {@code permitIds}. */
    public Map<UUID, TaxDue> latest(List<UUID> permitIds) {
        Map<UUID, TaxDue> latest = new HashMap<>();
        if (!permitIds.isEmpty()) {
            list("permitId in ?1 order by createdAt, reference", permitIds)
                    .forEach(due -> latest.put(due.permitId, due));
        }
        return latest;
    }

    public Optional<TaxDue> byPaymentReference(String paymentReference) {
        return find("paymentReference", paymentReference).firstResultOptional();
    }

    /** A new reference of the registry's, LIT-year-8 digits. */
    public String nextReference(int year) {
        long serial = ((Number) getEntityManager().createNativeQuery("select nextval('labour_immigrant_tax_seq')")
                .getSingleResult()).longValue();
        return String.format("LIT-%d-%08d", year, serial);
    }

    /**
     * Open taxes due before {@code lastUnpaidDay}, with their permits locked (skipping those another instance or a
     * payment holds), so a job run and a payment never change the same permit at once.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimOverdue(LocalDate lastUnpaidDay, int limit) {
        return getEntityManager().createNativeQuery("""
                select d.reference from labour_immigrant_tax_due d
                    join labour_immigrant_permit p on p.id = d.permit_id
                where d.status = 'DUE' and d.due_date < ?1
                order by d.due_date, d.reference limit ?2
                for update of p skip locked""").setParameter(1, lastUnpaidDay).setParameter(2, limit)
                .getResultList();
    }
}
