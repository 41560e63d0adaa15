package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One month of a wages case's evidence: what the registered salary called for and what the payments came to. */
@Entity
@Table(name = "case_evidence")
public class CaseEvidence {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(name = "contract_number")
    public String contractNumber;

    /** The first day of the month. */
    public LocalDate period;

    @Enumerated(EnumType.STRING)
    public WageVerdict verdict;

    /** What the registered salary called for; null when the contract's salary is not known. */
    public BigDecimal expected;

    public BigDecimal paid;

    public String currency;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static CaseEvidence of(UUID id, UUID caseId, WageMonth month, Instant now) {
        CaseEvidence evidence = new CaseEvidence();
        evidence.id = id;
        evidence.caseId = caseId;
        evidence.contractNumber = month.contractNumber;
        evidence.period = month.period;
        evidence.verdict = month.verdict;
        evidence.expected = month.expected;
        evidence.paid = month.paid;
        evidence.currency = month.currency;
        evidence.recordedAt = now;
        return evidence;
    }
}
