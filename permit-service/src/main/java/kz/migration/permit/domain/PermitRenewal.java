package kz.migration.permit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

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

    /** A renewal request of {@code permit}, to be decided by {@code deadline}. */
    public static PermitRenewal request(PermitApplication permit, RenewalPolicy policy, LocalDate deadline,
            Instant at) {
        PermitRenewal renewal = new PermitRenewal();
        renewal.id = UUID.randomUUID();
        renewal.applicationId = permit.id;
        renewal.status = RenewalStatus.SUBMITTED;
        renewal.submittedAt = at;
        renewal.decisionDeadline = deadline;
        renewal.newValidFrom = policy.newValidFrom(permit);
        renewal.newValidTo = policy.newValidTo(permit);
        return renewal;
    }

    /** Decided once: refusing an approved renewal would strand its reserved quota unit. */
    public void requireUndecided() {
        if (status != RenewalStatus.SUBMITTED) {
            throw ProblemException.conflict("Only a submitted renewal can be decided; this one is " + status)
                    .with("currentStatus", status.name());
        }
    }

    /** The quota year of a renewal is the year its new term starts. */
    @Rule("permit.quota-year.start-year")
    public int quotaYear() {
        return newValidFrom.getYear();
    }

    /** Who decided, and when. */
    public void decided(String officer, Instant at) {
        decidedBy = officer;
        decidedAt = at;
    }

    /** Approved: a quota category reserves a unit of the renewal year; a transfer is renewed at once. */
    @Rule("permit.ict.outside-quota")
    public void approve(PermitApplication permit) {
        quotaYear = quotaYear();
        if (permit.category.countsAgainstQuota()) {
            reservationId = UUID.randomUUID();
            moveTo(RenewalStatus.APPROVED);
        }
    }

    public void refuse(List<PermitRefusalGround> grounds) {
        moveTo(RenewalStatus.REFUSED);
        refusalGrounds = String.join(",", grounds.stream().distinct().map(Enum::name).toList());
    }

    public List<PermitRefusalGround> grounds() {
        return refusalGrounds == null || refusalGrounds.isBlank()
                ? List.of()
                : Arrays.stream(refusalGrounds.split(",")).map(PermitRefusalGround::valueOf).toList();
    }

    public void moveTo(RenewalStatus target) {
        status.requireTransitionTo(target);
        status = target;
    }
}
