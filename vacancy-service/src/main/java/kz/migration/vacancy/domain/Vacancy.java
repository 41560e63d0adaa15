package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kz.migration.common.problem.ProblemException;

/**
 * A vacancy on the labour exchange and its domestic labour-market test. Every state change of the aggregate is a
 * method here; illegal ones are refused (409 for the state machine, 422 for rules). The test itself is passed by
 * {@code LabourMarketTestJob} with one conditional UPDATE, so that two instances can never pass it twice.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    public static final String CURRENCY = "KZT";

    @Id
    public UUID id;

    @Column(name = "employer_bin", nullable = false, updatable = false)
    public String employerBin;

    public String title;

    @Column(name = "occupation_code")
    public String occupationCode;

    public String region;

    public int positions;

    @Column(name = "open_positions")
    public int openPositions;

    @Column(name = "hired_count")
    public int hiredCount;

    @Column(name = "filled_count")
    public int filledCount;

    public BigDecimal salary;

    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel educationLevel;

    @Column(name = "experience_years")
    public int experienceYears;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_schedule")
    public WorkSchedule workSchedule;

    @Enumerated(EnumType.STRING)
    public VacancyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "posted_at", updatable = false)
    public Instant postedAt;

    @Column(name = "posted_on", updatable = false)
    public LocalDate postedOn;

    @Column(name = "search_started_on")
    public LocalDate searchStartedOn;

    @Column(name = "foreign_labour_allowed_from")
    public LocalDate foreignLabourAllowedFrom;

    @Column(name = "restart_count")
    public int restartCount;

    @Column(name = "test_passed_at")
    public Instant testPassedAt;

    @Column(name = "passed_positions")
    public Integer passedPositions;

    @Version
    public long version;

    /** A newly posted vacancy: open, all positions open, the search starts today. */
    public static Vacancy post(UUID id, String employerBin, VacancyTerms terms, Instant now, LocalDate today,
            int searchDays) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = id;
        vacancy.employerBin = employerBin;
        vacancy.currency = CURRENCY;
        vacancy.status = VacancyStatus.OPEN;
        vacancy.postedAt = now.truncatedTo(ChronoUnit.MICROS);
        vacancy.postedOn = today;
        vacancy.setTerms(terms);
        vacancy.openPositions = terms.positions();
        vacancy.startSearch(today, searchDays);
        return vacancy;
    }

    public VacancyTerms terms() {
        return new VacancyTerms(title, occupationCode, region, positions, salary, educationLevel, experienceYears,
                Set.of(languages), workSchedule);
    }

    public boolean testPassed() {
        return testPassedAt != null;
    }

    /**
     * Applies new terms and returns why they restart the search (empty: immaterial, the search continues). Once
     * the test has passed, permits may rely on it, so only immaterial changes are accepted.
     */
    public List<ChangeReason> change(VacancyTerms next, LocalDate today, int searchDays) {
        requireOpen("changed");
        List<ChangeReason> reasons = terms().materialChangesTo(next);
        if (!reasons.isEmpty() && testPassed()) {
            throw new ProblemException(VacancyProblems.TEST_ALREADY_PASSED,
                    "The labour-market test of vacancy " + id + " has passed; a material change (" + reasons
                            + ") needs a new vacancy")
                    .with("reasons", reasons);
        }
        int taken = hiredCount + filledCount;
        if (next.positions() < taken) {
            throw new ProblemException(VacancyProblems.POSITIONS_BELOW_TAKEN,
                    next.positions() + " positions are fewer than the " + taken + " already hired or filled")
                    .with("taken", taken);
        }
        setTerms(next);
        openPositions = positions - taken;
        if (!reasons.isEmpty()) {
            startSearch(today, searchDays);
            restartCount++;
        }
        return reasons;
    }

    public void close(CloseReason reason, Instant now) {
        requireOpen("closed");
        status = VacancyStatus.CLOSED;
        closeReason = reason;
        closedAt = now;
    }

    /** Puts a closed vacancy back on the board; citizens did not see it meanwhile, so the search starts again. */
    public void reopen(LocalDate today, int searchDays) {
        if (status != VacancyStatus.CLOSED) {
            throw ProblemException.conflict("Vacancy " + id + " is " + status + ", only a CLOSED vacancy reopens");
        }
        if (testPassed()) {
            throw new ProblemException(VacancyProblems.TEST_ALREADY_PASSED,
                    "The labour-market test of vacancy " + id + " has passed; post a new vacancy instead");
        }
        if (openPositions == 0) {
            throw new ProblemException(VacancyProblems.NO_OPEN_POSITIONS,
                    "Every position of vacancy " + id + " is taken");
        }
        status = VacancyStatus.OPEN;
        closeReason = null;
        closedAt = null;
        startSearch(today, searchDays);
        restartCount++;
    }

    /** A referred citizen was hired; returns true when that took the last open position and closed the vacancy. */
    public boolean hireCitizen(Instant now) {
        if (status != VacancyStatus.OPEN) {
            throw new ProblemException(VacancyProblems.VACANCY_NOT_OPEN,
                    "Vacancy " + id + " is " + status + "; a citizen cannot be hired on it");
        }
        if (openPositions == 0) {
            throw new ProblemException(VacancyProblems.NO_OPEN_POSITIONS,
                    "Every position of vacancy " + id + " is taken");
        }
        openPositions--;
        hiredCount++;
        return closeWhenFull(now);
    }

    /**
     * A foreign worker's contract for this vacancy was registered: it takes an open position if one is left
     * (returns whether it did). Never refused: the contract is registered already, this only keeps count.
     */
    public boolean fillByForeignWorker() {
        if (openPositions == 0) {
            return false;
        }
        openPositions--;
        filledCount++;
        return true;
    }

    /** Closes an open vacancy whose last position was taken; returns whether it did. */
    public boolean closeWhenFull(Instant now) {
        if (openPositions == 0 && status == VacancyStatus.OPEN) {
            close(CloseReason.FILLED, now);
            return true;
        }
        return false;
    }

    public void requireOpen(String action) {
        if (status != VacancyStatus.OPEN) {
            throw ProblemException.conflict("Vacancy " + id + " is " + status + " and cannot be " + action);
        }
    }

    private void setTerms(VacancyTerms terms) {
        title = terms.title();
        occupationCode = terms.occupationCode();
        region = terms.region();
        positions = terms.positions();
        salary = terms.salary();
        educationLevel = terms.educationLevel();
        experienceYears = terms.experienceYears();
        languages = terms.languages().stream().sorted().toArray(String[]::new);
        workSchedule = terms.workSchedule();
    }

    private void startSearch(LocalDate today, int searchDays) {
        searchStartedOn = today;
        foreignLabourAllowedFrom = today.plusDays(searchDays);
    }

    public List<String> languageList() {
        return Arrays.asList(languages);
    }
}
