package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A fee payment confirmed by the payment gateway; its reference is the callback's idempotency key. */
@Entity
@Table(name = "fee_payment")
public class FeePayment extends PanacheEntityBase {

    @Id
    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "application_id")
    public UUID applicationId;

    public BigDecimal amount;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "received_at")
    public Instant receivedAt;
}
