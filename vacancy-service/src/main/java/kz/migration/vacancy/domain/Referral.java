package kz.migration.vacancy.domain;

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

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * A citizen referred to a vacancy by the labour exchange, and how it ended (once). Until its outcome is recorded the
 * referral holds the vacancy's labour-market test, but only until its outcome is due: after that day it is overdue,
 * flags the employer and holds nothing.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(name = "vacancy_id", nullable = false, updatable = false)
    public UUID vacancyId;

    @Column(name = "candidate_iin", nullable = false, updatable = false)
    public String candidateIin;

    @Column(name = "referred_at", updatable = false)
    public Instant referredAt;

    @Column(name = "referred_by", updatable = false)
    public String referredBy;

    /** The last day on which recording the outcome is on time (the deadline in force when the citizen was referred). */
    @Column(name = "outcome_due_on", updatable = false)
    public LocalDate outcomeDueOn;

    /** The day the outcome was found overdue and the employer flagged; null while on time. */
    @Column(name = "outcome_overdue_on")
    public LocalDate outcomeOverdueOn;

    @Enumerated(EnumType.STRING)
    public ReferralOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    @Column(name = "rejection_justified")
    public Boolean rejectionJustified;

    public String comment;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "outcome_by")
    public String outcomeBy;

    @Version
    public long version;

    /** A new referral made at {@code now} on {@code today}; its outcome is due by the rules in force today. */
    public static Referral of(UUID id, UUID vacancyId, String candidateIin, String by, Instant now, LocalDate today,
            VacancyRules rules) {
        Referral referral = new Referral();
        referral.id = id;
        referral.vacancyId = vacancyId;
        referral.candidateIin = candidateIin;
        referral.referredBy = by;
        referral.referredAt = now;
        referral.outcomeDueOn = rules.outcomeDueOn(today);
        return referral;
    }

    public boolean undecided() {
        return outcome == null;
    }

    /** Undecided after the day its outcome was due. */
    @Rule("vacancy.referral.outcome-deadline")
    public boolean outcomeOverdue(LocalDate today) {
        return undecided() && today.isAfter(outcomeDueOn);
    }

    /** Whether this referral still holds its vacancy's labour-market test: undecided and not yet overdue. */
    @Rule("vacancy.test.undecided-referral-holds")
    public boolean holdsTest(LocalDate today) {
        return undecided() && !outcomeOverdue(today);
    }

    /**
     * Marks the outcome overdue, which flags the employer; returns whether it did now (false when on time, decided,
     * or already marked). A late outcome is still accepted afterwards, and the mark stays.
     */
    @Rule("vacancy.employer-flag.overdue-outcomes")
    public boolean markOutcomeOverdue(LocalDate today) {
        if (outcomeOverdueOn != null || !outcomeOverdue(today)) {
            return false;
        }
        outcomeOverdueOn = today;
        return true;
    }

    /**
     * Records the outcome. A rejection names a reason from the fixed list and no other outcome does; a referral ends
     * once, so a second outcome is refused.
     */
    @Rule("vacancy.referral.outcome-once")
    public void record(ReferralOutcome result, RejectionReason reason, String note, String by, Instant now) {
        boolean rejected = result == ReferralOutcome.REJECTED;
        if (rejected && reason == null) {
            throw ProblemException.invalid("rejectionReason", "is required when the outcome is REJECTED");
        }
        if (!rejected && reason != null) {
            throw ProblemException.invalid("rejectionReason", "is only given when the outcome is REJECTED");
        }
        if (outcome != null) {
            throw new ProblemException(VacancyProblems.OUTCOME_ALREADY_RECORDED,
                    "Referral " + id + " already ended with " + outcome).with("outcome", outcome);
        }
        outcome = result;
        rejectionReason = reason;
        rejectionJustified = reason == null ? null : reason.justified();
        comment = note;
        outcomeBy = by;
        outcomeAt = now;
    }
}
