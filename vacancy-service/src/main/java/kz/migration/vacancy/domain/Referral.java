package kz.migration.vacancy.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.migration.common.problem.ProblemException;

/** A citizen referred to a vacancy by the labour exchange, and how it ended (once). */
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

    public static Referral of(UUID id, UUID vacancyId, String candidateIin, String by, Instant now) {
        Referral referral = new Referral();
        referral.id = id;
        referral.vacancyId = vacancyId;
        referral.candidateIin = candidateIin;
        referral.referredBy = by;
        referral.referredAt = now;
        return referral;
    }

    /** Records the outcome; a referral ends once, so a second outcome is refused. */
    public void record(ReferralOutcome result, RejectionReason reason, String note, String by, Instant now) {
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
