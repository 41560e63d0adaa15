package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A salary payment the payment gateway reported for one contract and month; the payment reference is unique. */
@Entity
@Table(name = "wage_payment")
public class WagePayment {

    @Id
    public UUID id;

    @Column(name = "payment_reference", nullable = false, updatable = false)
    public String paymentReference;

    @Column(name = "contract_number", nullable = false, updatable = false)
    public String contractNumber;

    /** The first day of the month the payment is for. */
    public LocalDate period;

    public BigDecimal amount;

    public String currency;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "reported_by")
    public String reportedBy;

    /** Whether a report with the same reference says the same thing (a retry), or something else (a conflict). */
    public boolean sameAs(String contract, LocalDate month, BigDecimal sum, String currencyCode, LocalDate paidDay) {
        return contractNumber.equals(contract) && period.equals(month) && amount.compareTo(sum) == 0
                && Objects.equals(currency, currencyCode) && paidOn.equals(paidDay);
    }
}
