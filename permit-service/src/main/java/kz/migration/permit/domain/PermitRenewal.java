package kz.migration.permit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request to extend an issued permit by one renewal term. */
@Entity
@Table(name = "permit_renewal")
public class PermitRenewal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public RenewalStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decision_deadline")
    public LocalDate decisionDeadline;

    @Column(name = "new_valid_from")
    public LocalDate newValidFrom;

    @Column(name = "new_valid_to")
    public LocalDate newValidTo;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "quota_year")
    public Integer quotaYear;

    @Column(name = "refusal_grounds")
    public String refusalGrounds;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public void moveTo(RenewalStatus target) {
        status.requireTransitionTo(target);
        status = target;
    }
}
