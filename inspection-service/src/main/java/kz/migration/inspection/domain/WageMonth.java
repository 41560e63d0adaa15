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

/** The judgement of one contract's month of wages, made once its grace period is over (unique per month). */
@Entity
@Table(name = "wage_month")
public class WageMonth {

    @Id
    public UUID id;

    @Column(name = "contract_number", nullable = false, updatable = false)
    public String contractNumber;

    /** The first day of the month. */
    @Column(nullable = false, updatable = false)
    public LocalDate period;

    public BigDecimal expected;

    public BigDecimal paid;

    public String currency;

    @Enumerated(EnumType.STRING)
    public WageVerdict verdict;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "judged_at")
    public Instant judgedAt;

    public static WageMonth judged(UUID id, String contractNumber, LocalDate period, BigDecimal expected,
            BigDecimal paid, WageVerdict verdict, Instant now) {
        WageMonth month = new WageMonth();
        month.id = id;
        month.contractNumber = contractNumber;
        month.period = period;
        month.expected = expected;
        month.paid = paid;
        month.currency = WagePolicy.TENGE;
        month.verdict = verdict;
        month.judgedAt = now;
        return month;
    }
}
