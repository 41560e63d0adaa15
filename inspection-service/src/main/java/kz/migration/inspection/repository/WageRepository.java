package kz.migration.inspection.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.migration.inspection.domain.WageMonth;
import kz.migration.inspection.domain.WagePayment;

/** Reported salary payments and the judged months of each contract. */
@ApplicationScoped
public class WageRepository {

    @Inject
    EntityManager em;

    public Optional<WagePayment> byReference(String paymentReference) {
        return em.createQuery("from WagePayment where paymentReference = :ref", WagePayment.class)
                .setParameter("ref", paymentReference).getResultStream().findFirst();
    }

    /**
     * Inserts the payment unless its reference is already reported (a concurrent retry); returns whether it did.
     */
    public boolean insert(WagePayment payment) {
        return em.createNativeQuery("""
                insert into wage_payment (id, payment_reference, contract_number, period, amount, currency, paid_on,
                    reported_at, reported_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict (payment_reference) do nothing""")
                .setParameter(1, payment.id).setParameter(2, payment.paymentReference)
                .setParameter(3, payment.contractNumber).setParameter(4, payment.period)
                .setParameter(5, payment.amount).setParameter(6, payment.currency).setParameter(7, payment.paidOn)
                .setParameter(8, payment.reportedAt).setParameter(9, payment.reportedBy).executeUpdate() == 1;
    }

    public List<WagePayment> payments(String contractNumber) {
        return em.createQuery("from WagePayment where contractNumber = :contract order by period, paidOn, id",
                WagePayment.class).setParameter("contract", contractNumber).getResultList();
    }

    /** What was paid for the contract's month, in tenge. */
    public BigDecimal paidFor(String contractNumber, LocalDate period) {
        BigDecimal sum = em.createQuery("""
                select coalesce(sum(amount), 0) from WagePayment
                where contractNumber = :contract and period = :period and currency = 'KZT'""", BigDecimal.class)
                .setParameter("contract", contractNumber).setParameter("period", period).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public List<WageMonth> months(String contractNumber) {
        return em.createQuery("from WageMonth where contractNumber = :contract order by period", WageMonth.class)
                .setParameter("contract", contractNumber).getResultList();
    }

    public void persist(WageMonth month) {
        em.persist(month);
    }
}
