package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/**
 * The income tax due before a labour-immigrant permit is issued or extended, under a reference of the registry's.
 * The payment gateway confirms the payment, not the body that files the request; it is changed only under its
 * permit's row lock.
 */
@Entity
@Table(name = "labour_immigrant_tax_due")
public class TaxDue {

    @Id
    public String reference;

    @Version
    public long version;

    @Column(name = "permit_id")
    public UUID permitId;

    @Enumerated(EnumType.STRING)
    public TaxDuePurpose purpose;

    public int months;

    @Column(name = "tax_year")
    public int taxYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_residency")
    public TaxResidency taxResidency;

    public BigDecimal amount;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public TaxDueStatus status;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    static TaxDue open(String reference, UUID permitId, TaxDuePurpose purpose, int months,
            TaxResidency residency, int taxYear, BigDecimal amount, LocalDate dueDate, Instant now) {
        TaxDue due = new TaxDue();
        due.reference = reference;
        due.permitId = permitId;
        due.purpose = purpose;
        due.months = months;
        due.taxResidency = residency;
        due.taxYear = taxYear;
        due.amount = amount;
        due.dueDate = dueDate;
        due.status = TaxDueStatus.DUE;
        due.createdAt = now;
        return due;
    }

    /** Whether {@code payment} is the one already confirmed (a retried callback). */
    public boolean confirmedBy(TaxPayment payment) {
        return status == TaxDueStatus.PAID && paymentReference.equals(payment.reference());
    }

    /**
     * Why the gateway's payment does not settle this tax: another amount than due, or paid after the due date (in
     * the registry's time zone: what counts is when the worker paid, not when the gateway reports it).
     */
    public List<LabourImmigrantFinding> refusalsOf(TaxPayment payment, ZoneId zone) {
        List<LabourImmigrantFinding> findings = new ArrayList<>();
        amountMismatch(payment).ifPresent(findings::add);
        LocalDate paidOn = LocalDate.ofInstant(payment.paidAt(), zone);
        if (paidOn.isAfter(dueDate)) {
            findings.add(LabourImmigrantFinding.of(Ground.TAX_OVERDUE, "The tax " + reference + " was due by "
                    + dueDate + " and paid on " + paidOn).with("dueDate", dueDate.toString()));
        }
        return findings;
    }

    @Rule("permit.labour-immigrant.tax-confirmed-by-gateway")
    Optional<LabourImmigrantFinding> amountMismatch(TaxPayment payment) {
        if (payment.amount().compareTo(amount) == 0) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.TAX_AMOUNT_MISMATCH, "The tax " + reference
                + " is " + amount.toPlainString() + " KZT; the payment is " + payment.amount().toPlainString()
                + " KZT").with("taxDue", amount));
    }

    void confirm(TaxPayment payment, Instant now) {
        requireOpen();
        status = TaxDueStatus.PAID;
        paymentReference = payment.reference();
        paidAt = payment.paidAt();
        confirmedAt = now;
    }

    /**
     * Lapses an unpaid tax once the gateway's grace for reporting a payment made on the due date has passed;
     * returns false when it is not yet overdue or no longer due.
     */
    @Rule("permit.labour-immigrant.unpaid-lapses")
    boolean lapseIfOverdue(LocalDate today, int graceDays) {
        if (status != TaxDueStatus.DUE || !today.minusDays(graceDays).isAfter(dueDate)) {
            return false;
        }
        status = TaxDueStatus.LAPSED;
        return true;
    }

    /** A tax paid or lapsed can no longer be paid (409). */
    public void requireOpen() {
        if (status != TaxDueStatus.DUE) {
            throw ProblemException.conflict("The tax " + reference + " is " + status + " and can no longer be paid")
                    .with("taxStatus", status.name());
        }
    }
}
