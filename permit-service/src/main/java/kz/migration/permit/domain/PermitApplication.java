package kz.migration.permit.domain;

import java.math.BigDecimal;
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

import kz.migration.common.domain.PermitCategory;

/** An employer's application; once issued the same row is the permit (number, validity, renewals, end). */
@Entity
@Table(name = "permit_application")
public class PermitApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "employer_bin")
    public String employerBin;

    public String region;

    @Enumerated(EnumType.STRING)
    public PermitCategory category;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(name = "term_days")
    public int termDays;

    public BigDecimal salary;

    @Column(name = "worker_full_name")
    public String workerFullName;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "worker_passport_number")
    public String workerPassportNumber;

    @Column(name = "worker_passport_expiry")
    public LocalDate workerPassportExpiry;

    @Column(name = "education_document_id")
    public String educationDocumentId;

    @Column(name = "education_country")
    public String educationCountry;

    @Column(name = "legalisation_reference")
    public String legalisationReference;

    /** The employer's staff by category as submitted (JSON of {@code Headcount}); read by the local-content check. */
    public String headcount;

    @Column(name = "total_employees")
    public int totalEmployees;

    @Column(name = "small_business")
    public boolean smallBusiness;

    @Enumerated(EnumType.STRING)
    public PermitStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "review_deadline")
    public LocalDate reviewDeadline;

    /** Comma-separated {@link PermitRefusalGround} names of a refused application. */
    @Column(name = "refusal_grounds")
    public String refusalGrounds;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "quota_year")
    public Integer quotaYear;

    @Column(name = "fee_amount")
    public BigDecimal feeAmount;

    @Column(name = "fee_due")
    public LocalDate feeDue;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "renewal_count")
    public int renewalCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground")
    public RevocationGround revocationGround;

    @Column(name = "banned_until")
    public LocalDate bannedUntil;

    @Column(name = "expiry_reminded")
    public boolean expiryReminded;

    /**
     * Moves to {@code target} if the state machine allows it and returns the history row to persist with it; an
     * illegal move is a 409 and changes nothing.
     */
    public PermitTransition moveTo(PermitStatus target, String actor, String actorRole, Instant at, String reason) {
        status.requireTransitionTo(target);
        PermitTransition transition = new PermitTransition(id, status, target, actor, actorRole, at, reason);
        status = target;
        return transition;
    }

    public List<PermitRefusalGround> grounds() {
        if (refusalGrounds == null || refusalGrounds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(refusalGrounds.split(",")).map(PermitRefusalGround::valueOf).toList();
    }

    public void refuseOn(List<PermitRefusalGround> grounds) {
        refusalGrounds = String.join(",", grounds.stream().map(Enum::name).toList());
    }

    /** Year of the period the permit starts, which is the quota year (contract of PermitApproved). */
    public int yearOrZero() {
        return quotaYear == null ? 0 : quotaYear;
    }
}
