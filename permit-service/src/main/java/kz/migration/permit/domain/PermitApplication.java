package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

import org.hibernate.annotations.Formula;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.domain.Sex;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * An employer's application; once issued the same row is the permit (number, validity, renewals, end). Every change
 * of its state is a method here that returns the history row to persist with it; an illegal move is a 409 and
 * changes nothing. The checks that decide whether it may go on are {@link Eligibility}'s.
 */
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

    /** The day the employer asks the permit to start; it starts then, or on the day it is paid for if later. */
    @Column(name = "start_date")
    public LocalDate startDate;

    public BigDecimal salary;

    @Column(name = "worker_full_name")
    public String workerFullName;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "worker_passport_number")
    public String workerPassportNumber;

    /** For the permit statistics only ({@link #statisticsSex}); null when the employer did not state it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "worker_sex")
    public Sex workerSex;

    /** The private recruitment agency the employer named (BIN), if any: carried, not judged. */
    @Column(name = "recruitment_agency_bin")
    public String recruitmentAgencyBin;

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

    /** The year the permit starts, whose quota unit it holds (for transfers, outside the quota, informative only). */
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
     * The status of the MFA's document check as it stood when this row was read (null before the check exists),
     * read with the row so that a view costs no read of its own; the check is {@link DocumentVerification}'s.
     */
    @Formula("(select v.status from document_verification v where v.application_id = id)")
    @Enumerated(EnumType.STRING)
    public DocumentVerificationStatus documentCheck;

    /** What follows an approval: the quota unit, the fee, or nothing (the permit is issued at once). */
    public enum AfterApproval {
        RESERVE_QUOTA_UNIT, AWAIT_FEE, ISSUE
    }

    /** Registers the application as received on {@code receivedOn}, to be decided by {@code reviewDeadline}. */
    public PermitTransition register(LocalDate receivedOn, LocalDate reviewDeadline, String actor, String role,
            Instant at) {
        if (status != null) {
            throw ProblemException.conflict("Application " + id + " is already registered");
        }
        this.status = PermitStatus.SUBMITTED;
        this.submittedAt = at;
        this.receivedOn = receivedOn;
        this.reviewDeadline = reviewDeadline;
        return new PermitTransition(id, null, PermitStatus.SUBMITTED, actor, role, at, "application registered");
    }

    public PermitTransition startReview(String actor, String role, Instant at) {
        return moveTo(PermitStatus.UNDER_REVIEW, actor, role, at, "taken for review");
    }

    /**
     * An officer decides once, on an application under review. Refusing an approved one would leave its quota unit
     * reserved for good: the refusal carries no reservation to release (only quota-service refuses then).
     */
    public void requireUnderReview(boolean refusing) {
        if (status != PermitStatus.UNDER_REVIEW) {
            PermitStatus requested = refusing ? PermitStatus.REFUSED : PermitStatus.APPROVED;
            throw ProblemException.conflict("Only an application under review can be decided; this one is " + status)
                    .with("currentStatus", status.name()).with("requestedStatus", requested.name());
        }
    }

    /** Refuses on the grounds of {@code findings}; the history says each ground and why. */
    public PermitTransition refuse(List<Finding> findings, String actor, String role, Instant at) {
        String reason = String.join("; ", findings.stream().map(f -> f.ground() + ": " + f.detail()).toList());
        return refuseOn(findings.stream().map(Finding::ground).toList(), reason, actor, role, at);
    }

    /** Refuses on the officer's grounds; a refusal always names at least one. */
    @Rule("permit.refusal.grounds")
    public PermitTransition refuseOn(List<PermitRefusalGround> grounds, String reason, String actor, String role,
            Instant at) {
        if (grounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one ground");
        }
        PermitTransition transition = moveTo(PermitStatus.REFUSED, actor, role, at, reason);
        refusalGrounds = String.join(",", grounds.stream().distinct().map(Enum::name).toList());
        return transition;
    }

    /**
     * The quota year: the year the permit starts. It starts on the requested date, or on the day it is paid for if
     * later; a start date that has passed by the approval can only be the approval's year or later.
     */
    @Rule("permit.quota-year.start-year")
    public int quotaYearOn(LocalDate approvedOn) {
        return startsOn(approvedOn).getYear();
    }

    /** The first day of validity for a permit issued on {@code issuedOn}. */
    @Rule("permit.quota-year.start-year")
    public LocalDate startsOn(LocalDate issuedOn) {
        return startDate.isAfter(issuedOn) ? startDate : issuedOn;
    }

    /**
     * Approves with the fee assessed today (none for a transfer). A quota category reserves one unit of the start
     * year; an intra-corporate transfer is outside the quota and reserves none.
     */
    @Rule("permit.ict.outside-quota")
    public PermitTransition approve(LocalDate approvedOn, Optional<BigDecimal> fee, String actor, String role,
            Instant at, String reason) {
        PermitTransition transition = moveTo(PermitStatus.APPROVED, actor, role, at, reason);
        quotaYear = quotaYearOn(approvedOn);
        feeAmount = fee.orElse(null);
        reservationId = category.countsAgainstQuota() ? UUID.randomUUID() : null;
        return transition;
    }

    /** After approval a quota category waits for its unit, a fee for its payment; a transfer needs neither. */
    @Rule("permit.ict.no-fee")
    public AfterApproval afterApproval() {
        if (reservationId != null) {
            return AfterApproval.RESERVE_QUOTA_UNIT;
        }
        return feeAmount != null ? AfterApproval.AWAIT_FEE : AfterApproval.ISSUE;
    }

    public PermitTransition awaitFee(LocalDate due, String actor, String role, Instant at, String reason) {
        PermitTransition transition = moveTo(PermitStatus.AWAITING_FEE, actor, role, at,
                reason + "; fee " + feeAmount.toPlainString() + " KZT due by " + due);
        feeDue = due;
        return transition;
    }

    /** The reference the employer pays the fee under, which the payment gateway reads with the amount. */
    public String feeReference() {
        return "FEE-" + id;
    }

    /** The fee paid is exactly the fee due. */
    @Rule("permit.fee.rates")
    public boolean feeMatches(BigDecimal paid) {
        return feeAmount != null && feeAmount.compareTo(paid) == 0;
    }

    /** Paid by the due date; what counts is when the employer paid, not when the gateway reports it. */
    @Rule("permit.fee.ten-working-days")
    public boolean paidInTime(LocalDate paidOn) {
        return feeDue != null && !paidOn.isAfter(feeDue);
    }

    /** The passport must also be valid through the term a permit issued on {@code issuedOn} would have. */
    public Optional<Finding> passportAtIssue(LocalDate issuedOn) {
        return Eligibility.passportValidThroughTerm(workerPassportExpiry, startsOn(issuedOn), termDays);
    }

    /** Issues the permit: valid from the requested start, or from {@code issuedOn} if later, for the term. */
    public PermitTransition issue(String number, LocalDate issuedOn, String actor, String role, Instant at,
            String reason) {
        PermitTransition transition = moveTo(PermitStatus.ISSUED, actor, role, at, reason);
        permitNumber = number;
        validFrom = startsOn(issuedOn);
        validTo = validFrom.plusDays(termDays - 1L);
        return transition;
    }

    /** Whether the application holds a reserved quota unit that leaving it must release. */
    public boolean holdsQuotaUnit() {
        return reservationId != null
                && (status == PermitStatus.APPROVED || status == PermitStatus.AWAITING_FEE);
    }

    public PermitTransition withdraw(String actor, String role, Instant at) {
        return moveTo(PermitStatus.WITHDRAWN, actor, role, at, "withdrawn by the employer");
    }

    /** An approval whose fee was not paid by the due date lapses and releases its quota unit. */
    @Rule("permit.fee.ten-working-days")
    public PermitTransition lapse(String actor, String role, Instant at) {
        return moveTo(PermitStatus.LAPSED, actor, role, at, "fee not paid by " + feeDue);
    }

    public PermitTransition expire(String actor, String role, Instant at) {
        return moveTo(PermitStatus.EXPIRED, actor, role, at, "validity ended on " + validTo);
    }

    public PermitTransition terminate(String reason, String actor, String role, Instant at) {
        return moveTo(PermitStatus.TERMINATED, actor, role, at, reason);
    }

    /**
     * Revokes the permit. Only a violation bans the employer: for {@code banMonths} months counting the day of
     * revocation, that is through the day before the anniversary.
     */
    @Rule("permit.ban.violations-only")
    @Rule("permit.ban.twelve-months")
    public PermitTransition revoke(RevocationGround ground, String reason, LocalDate revokedOn, int banMonths,
            String actor, String role, Instant at) {
        PermitTransition transition = moveTo(PermitStatus.REVOKED, actor, role, at, ground + ": " + reason);
        revocationGround = ground;
        bannedUntil = ground.bansEmployer() ? revokedOn.plusMonths(banMonths).minusDays(1) : null;
        return transition;
    }

    /** Extends an issued permit by an approved renewal; the permit stays ISSUED, the history records it. */
    public PermitTransition renew(PermitRenewal renewal, String actor, String role, Instant at) {
        if (status != PermitStatus.ISSUED) {
            throw ProblemException.conflict("Permit " + permitNumber + " is " + status + " and cannot be renewed")
                    .with("currentStatus", status.name());
        }
        validTo = renewal.newValidTo;
        renewalCount++;
        expiryReminded = false;
        return new PermitTransition(id, status, status, actor, role, at, "renewed until " + renewal.newValidTo);
    }

    /** Moves to {@code target} if the state machine allows it and returns the history row to persist with it. */
    PermitTransition moveTo(PermitStatus target, String actor, String actorRole, Instant at, String reason) {
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

    /**
     * The worker's sex as the statistics receive it with {@code PermitIssued} ({@code FEMALE}, {@code MALE}, or null
     * when not stated). It is the only place it leaves the service: no view, list, certificate or audit record has it.
     */
    @Rule("permit.worker-sex.statistics-only")
    public String statisticsSex() {
        return workerSex == null ? null : workerSex.name();
    }

    /** Year of the period the permit starts, which is the quota year (contract of PermitApproved). */
    public int yearOrZero() {
        return quotaYear == null ? 0 : quotaYear;
    }
}
