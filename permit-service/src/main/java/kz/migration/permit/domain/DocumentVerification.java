package kz.migration.permit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/** The request to the MFA to confirm the apostille or legalisation of the worker's education document. */
@Entity
@Table(name = "document_verification")
public class DocumentVerification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public DocumentVerificationStatus status;

    public String reason;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    /** An approval waits for the MFA's answer on the education document (DESIGN.md §3). */
    @Rule("permit.mfa.document-check")
    public boolean answered() {
        return status != DocumentVerificationStatus.PENDING;
    }

    /** Records the MFA's answer; a request is answered once (409 after that). */
    public void answer(DocumentVerificationStatus answer, String reason, String by, Instant at) {
        if (status != DocumentVerificationStatus.PENDING) {
            throw ProblemException.conflict("Document verification " + id + " was already answered " + status)
                    .with("currentStatus", status.name());
        }
        if (answer == DocumentVerificationStatus.PENDING) {
            throw ProblemException.invalid("answer", "must be CONFIRMED or REJECTED");
        }
        if (answer == DocumentVerificationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the document is rejected");
        }
        this.status = answer;
        this.reason = reason;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
