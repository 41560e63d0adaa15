package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.domain.Sex;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/**
 * A permit issued to a labour immigrant for household work, from its request to its end. It belongs to the worker,
 * not to an employer: the worker may change employer without a new one. Every state change is a method here; the
 * status table ({@link LabourImmigrantPermitStatus}) refuses the illegal ones.
 */
@Entity
@Table(name = "labour_immigrant_permit")
public class LabourImmigrantPermit extends PanacheEntityBase {

    public static final String KIND = "LABOUR_IMMIGRANT";
    /** The quota-service purpose of the reservation. */
    public static final String QUOTA_PURPOSE = "LABOUR_IMMIGRANT";

    /**
     * The worker the permit is issued to; {@code sex} only when the request stated it, for statistics only (carried
     * on {@code PermitIssued}, shown in no view).
     */
    public record Worker(String fullName, String citizenship, String passportNumber, LocalDate passportExpiry,
            String iin, Sex sex) {

        public Worker(String fullName, String citizenship, String passportNumber, LocalDate passportExpiry,
                String iin) {
            this(fullName, citizenship, passportNumber, passportExpiry, iin, null);
        }
    }

    @Id
    public UUID id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public LabourImmigrantPermitStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_authority")
    public IssuingAuthority issuingAuthority;

    public String region;

    @Column(name = "occupation_code")
    public String occupationCode;

    @Column(name = "worker_full_name")
    public String workerFullName;

    @Column(name = "worker_citizenship")
    public String workerCitizenship;

    @Column(name = "worker_passport")
    public String workerPassport;

    @Column(name = "worker_passport_expiry")
    public LocalDate workerPassportExpiry;

    @Column(name = "worker_iin")
    public String workerIin;

    /** For statistics only; null when the request did not state it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "worker_sex")
    public Sex workerSex;

    /** Months granted so far, the first period and every extension. */
    public int months;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_residency")
    public TaxResidency taxResidency;

    /** The tax the migration police declared prepaid, on permits requested before the gateway confirmed it. */
    @Column(name = "prepaid_tax")
    public BigDecimal prepaidTax;

    @Column(name = "tax_reference")
    public String taxReference;

    @Column(name = "reservation_id")
    public UUID reservationId;

    /** The year of the quota unit: the year the tax was confirmed and the permit starts. */
    @Column(name = "quota_year")
    public Integer quotaYear;

    @Column(name = "permit_number")
    public String permitNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** The date the request is judged by. */
    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    public InternalAffairsAgreement agreement;

    @Column(name = "agreement_reason")
    public String agreementReason;

    @Column(name = "agreed_at")
    public Instant agreedAt;

    @Enumerated(EnumType.STRING)
    public LocalExecutiveDecision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "refusal_reason")
    public String refusalReason;

    /** A request filed on {@code requestedOn} with {@code authority}, the body that decides on that date. */
    public static LabourImmigrantPermit request(UUID id, Worker worker, String region, String occupationCode,
            int months, TaxResidency residency, IssuingAuthority authority, LocalDate requestedOn, Instant now) {
        LabourImmigrantPermit permit = new LabourImmigrantPermit();
        permit.id = id;
        permit.issuingAuthority = authority;
        permit.status = authority.firstStatus();
        permit.region = region;
        permit.occupationCode = occupationCode;
        permit.workerFullName = worker.fullName();
        permit.workerCitizenship = worker.citizenship();
        permit.workerPassport = worker.passportNumber();
        permit.workerPassportExpiry = worker.passportExpiry();
        permit.workerIin = worker.iin();
        permit.workerSex = worker.sex();
        permit.months = months;
        permit.taxResidency = residency;
        permit.requestedOn = requestedOn;
        permit.requestedAt = now;
        return permit;
    }

    /**
     * The internal affairs bodies answer; the local executive body decides next either way. The same answer again
     * changes nothing (false); another answer once one is recorded is a conflict.
     */
    public boolean answerAgreement(InternalAffairsAgreement answer, String reason, Instant now) {
        if (agreement != null) {
            requireSame("agreement", agreement, answer);
            return false;
        }
        moveTo(LabourImmigrantPermitStatus.AWAITING_DECISION);
        agreement = answer;
        agreementReason = reason;
        agreedAt = now;
        return true;
    }

    /** Why the local executive body may not take {@code decision}: approval needs the internal affairs' agreement. */
    @Rule("permit.labour-immigrant.internal-affairs-agreement")
    public Optional<LabourImmigrantFinding> refusalOf(LocalExecutiveDecision decision) {
        if (decision != LocalExecutiveDecision.APPROVED || agreement == InternalAffairsAgreement.AGREED
                || this.decision != null) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.NOT_AGREED, agreement == null
                ? "The internal affairs bodies have not yet answered on request " + id + "; the local executive "
                        + "body decides after their agreement"
                : "The internal affairs bodies did not agree to a permit on request " + id + ": " + agreementReason)
                .with("agreement", agreement == null ? "PENDING" : agreement.name()));
    }

    /**
     * The local executive body's decision: approval makes the tax due, refusal ends the request. The same decision
     * again changes nothing (false); another one is a conflict.
     */
    public boolean decide(LocalExecutiveDecision decision, String reason, String officer, Instant now) {
        if (this.decision != null) {
            requireSame("decision", this.decision, decision);
            return false;
        }
        moveTo(decision == LocalExecutiveDecision.APPROVED
                ? LabourImmigrantPermitStatus.AWAITING_TAX
                : LabourImmigrantPermitStatus.REFUSED);
        this.decision = decision;
        decisionReason = reason;
        decidedBy = officer;
        decidedAt = now;
        if (decision == LocalExecutiveDecision.REFUSED) {
            refusalReason = refusalGround() + ": " + reason;
        }
        return true;
    }

    /** The event of the local executive body's refusal. */
    public PermitRefused refusedByDecision(Instant now) {
        return refused(List.of(refusalGround()), now);
    }

    private String refusalGround() {
        return agreement == InternalAffairsAgreement.NOT_AGREED
                ? "INTERNAL_AFFAIRS_NOT_AGREED"
                : "REFUSED_BY_LOCAL_EXECUTIVE_BODY";
    }

    /** The tax of the first months falls due (the request awaits it). */
    public TaxDue taxFallsDue(String reference, int taxYear, BigDecimal amount, LocalDate dueDate,
            Instant now) {
        requireStatus(LabourImmigrantPermitStatus.AWAITING_TAX, "have its tax fall due");
        return TaxDue.open(reference, id, TaxDuePurpose.ISSUE, months, taxResidency,
                taxYear, amount, dueDate, now);
    }

    /** The tax of {@code more} further months falls due; the permit is extended once it is paid. */
    public TaxDue extensionFallsDue(String reference, int more, TaxResidency residency, int taxYear,
            BigDecimal amount, LocalDate dueDate, Instant now) {
        requireStatus(LabourImmigrantPermitStatus.ISSUED, "be extended");
        return TaxDue.open(reference, id, TaxDuePurpose.EXTENSION, more, residency,
                taxYear, amount, dueDate, now);
    }

    /**
     * The gateway confirmed the tax of the first months: only now is the LABOUR_IMMIGRANT quota unit asked for, in
     * the year the permit starts.
     */
    @Rule("permit.labour-immigrant.quota")
    public PermitApproved taxPaid(TaxDue due, TaxPayment payment, LocalDate today, Instant now) {
        requireOwn(due, TaxDuePurpose.ISSUE);
        moveTo(LabourImmigrantPermitStatus.PENDING_QUOTA);
        due.confirm(payment, now);
        reservationId = UUID.randomUUID();
        quotaYear = today.getYear();
        return new PermitApproved(reservationId, id, QUOTA_PURPOSE, null, region,
                PermitCategory.LABOUR_IMMIGRANT.name(),
                quotaYear, workerCitizenship, occupationCode, now);
    }

    /** The gateway confirmed an extension's tax: the months are added and the permit runs longer. */
    public PermitRenewed extensionPaid(TaxDue due, TaxPayment payment, Instant now) {
        requireOwn(due, TaxDuePurpose.EXTENSION);
        requireStatus(LabourImmigrantPermitStatus.ISSUED, "be extended");
        due.confirm(payment, now);
        LocalDate from = validTo.plusDays(1);
        months += due.months;
        validTo = validFrom.plusMonths(months).minusDays(1);
        return new PermitRenewed(permitNumber, null, null, region, PermitCategory.LABOUR_IMMIGRANT.name(),
                occupationCode, from, validTo, months, quotaYear == null ? 0 : quotaYear, now);
    }

    /**
     * quota-service reserved the unit: the permit is issued to the worker, starting today, naming no employer (any
     * individual employer may register a contract on it).
     */
    @Rule("permit.labour-immigrant.not-tied-to-employer")
    @Rule("permit.worker-sex.statistics-only")
    public PermitIssued issue(String number, LocalDate today, Instant now) {
        moveTo(LabourImmigrantPermitStatus.ISSUED);
        permitNumber = number;
        validFrom = today;
        validTo = today.plusMonths(months).minusDays(1);
        return new PermitIssued(permitNumber, reservationId, id, null, KIND, null, region,
                PermitCategory.LABOUR_IMMIGRANT.name(), occupationCode, workerCitizenship, workerPassport, validFrom,
                validTo, quotaYear, null, now, workerSex == null ? null : workerSex.name());
    }

    /** quota-service had no unit: the request is refused, after the tax was paid. */
    public PermitRefused quotaRejected(String reason, Instant now) {
        moveTo(LabourImmigrantPermitStatus.REFUSED);
        refusalReason = "QUOTA_EXHAUSTED: " + reason;
        return refused(List.of("QUOTA_EXHAUSTED"), now);
    }

    /** The event of a refusal; a reservation, if any, is released by quota-service. */
    public PermitRefused refused(List<String> grounds, Instant now) {
        return new PermitRefused(id, reservationId, null, region, PermitCategory.LABOUR_IMMIGRANT.name(),
                quotaYear == null ? requestedOn.getYear() : quotaYear, grounds, now);
    }

    /**
     * An unpaid tax past its due date (and the gateway's grace) lapses. For the first months the request lapses with
     * it (no quota unit was reserved yet); an unpaid extension leaves the permit as it was.
     */
    public Optional<PermitLapsed> lapseUnpaid(TaxDue due, LocalDate today, int graceDays,
            Instant now) {
        requireOwn(due, due.purpose);
        if (!due.lapseIfOverdue(today, graceDays) || due.purpose == TaxDuePurpose.EXTENSION) {
            return Optional.empty();
        }
        moveTo(LabourImmigrantPermitStatus.LAPSED);
        refusalReason = "TAX_NOT_PAID: " + due.reference + " was due by " + due.dueDate;
        return Optional.of(new PermitLapsed(id, null, null, region, PermitCategory.LABOUR_IMMIGRANT.name(),
                requestedOn.getYear(), now));
    }

    /** One step of the status table; the expiry job takes an issued permit to EXPIRED with it. */
    public void moveTo(LabourImmigrantPermitStatus target) {
        status.requireTransitionTo(target);
        status = target;
    }

    private void requireStatus(LabourImmigrantPermitStatus expected, String what) {
        if (status != expected) {
            throw ProblemException.conflict("Labour-immigrant permit " + (permitNumber != null ? permitNumber : id)
                    + " is " + status + " and cannot " + what).with("currentStatus", status.name());
        }
    }

    private void requireOwn(TaxDue due, TaxDuePurpose purpose) {
        if (!id.equals(due.permitId) || due.purpose != purpose) {
            throw new IllegalArgumentException("Tax " + due.reference + " is not the " + purpose + " tax of " + id);
        }
    }

    private static <T extends Enum<T>> void requireSame(String what, T recorded, T asked) {
        if (recorded != asked) {
            throw ProblemException.conflict("The " + what + " " + recorded + " is already recorded; it cannot become "
                    + asked).with("recorded", recorded.name());
        }
    }
}
