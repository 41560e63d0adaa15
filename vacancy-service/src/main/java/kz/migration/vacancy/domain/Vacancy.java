package kz.migration.vacancy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
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
import kz.migration.common.rules.Rule;

/**
 * A vacancy on the labour exchange and its domestic labour-market test. Every state change of the aggregate is a
 * method here; illegal ones are refused (409 for the state machine, 422 for rules). Whether the test passes is
 * {@link LabourMarketTest}'s decision; {@code LabourMarketTestJob} asks it under a row lock, so two instances never
 * pass one vacancy twice.
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

    /** The first day after the search's full calendar days: the test may pass from then on. */
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

    /**
     * A newly posted vacancy: open, all positions open, the search starts today. The salary must reach the minimum
     * of the region for today's year.
     */
    @Rule("vacancy.search.fifteen-full-days")
    public static Vacancy post(UUID id, String employerBin, VacancyTerms terms, Instant now, LocalDate today,
            VacancyRules rules) {
        rules.minimumSalary().require(terms.region(), terms.salary(), today);
        Vacancy vacancy = new Vacancy();
        vacancy.id = id;
        vacancy.employerBin = employerBin;
        vacancy.currency = CURRENCY;
        vacancy.status = VacancyStatus.OPEN;
        vacancy.postedAt = now.truncatedTo(ChronoUnit.MICROS);
        vacancy.postedOn = today;
        vacancy.setTerms(terms);
        vacancy.openPositions = terms.positions();
        vacancy.startSearch(today, rules);
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
     * Applies new terms and returns why they restart the search (empty: immaterial, the search continues). A new
     * salary or region must reach the minimum salary. Once the test has passed, permits may rely on it, so only
     * immaterial changes are accepted.
     */
    @Rule("vacancy.search.material-change-restarts")
    @Rule("vacancy.test.passed-terms-frozen")
    @Rule("vacancy.positions.not-below-taken")
    public List<ChangeReason> change(VacancyTerms next, LocalDate today, VacancyRules rules) {
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
        if (next.salary().compareTo(salary) != 0 || !next.region().equals(region)) {
            rules.minimumSalary().require(next.region(), next.salary(), today);
        }
        setTerms(next);
        openPositions = positions - taken;
        if (!reasons.isEmpty()) {
            startSearch(today, rules);
            restartCount++;
        }
        return reasons;
    }

    /** Takes an open vacancy off the board; a closed vacancy never passes the test. */
    @Rule("vacancy.close.open-only")
    public void close(CloseReason reason, Instant now) {
        requireOpen("closed");
        status = VacancyStatus.CLOSED;
        closeReason = reason;
        closedAt = now;
    }

    /** Puts a closed vacancy back on the board; citizens did not see it meanwhile, so the search starts again. */
    @Rule("vacancy.search.reopen-restarts")
    @Rule("vacancy.test.passed-terms-frozen")
    public void reopen(LocalDate today, VacancyRules rules) {
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
        startSearch(today, rules);
        restartCount++;
    }

    /**
     * The labour exchange refers a citizen: only to an open vacancy, and once per citizen ({@code alreadyReferred}
     * says whether this citizen has a referral to it; the unique key settles a race).
     */
    @Rule("vacancy.referral.open-vacancy-once")
    public Referral refer(UUID referralId, String candidateIin, boolean alreadyReferred, String by, Instant now,
            LocalDate today, VacancyRules rules) {
        if (status != VacancyStatus.OPEN) {
            throw new ProblemException(VacancyProblems.VACANCY_NOT_OPEN,
                    "Vacancy " + id + " is " + status + "; citizens are referred to open vacancies");
        }
        if (alreadyReferred) {
            throw alreadyReferred();
        }
        return Referral.of(referralId, id, candidateIin, by, now, today, rules);
    }

    public ProblemException alreadyReferred() {
        return new ProblemException(VacancyProblems.CANDIDATE_ALREADY_REFERRED,
                "This citizen was already referred to vacancy " + id);
    }

    /** The test as it stands on {@code today}, given this vacancy's referrals. */
    public LabourMarketTest.Verdict labourMarketTest(Collection<Referral> referrals, LocalDate today) {
        return LabourMarketTest.assess(this, referrals, today);
    }

    /**
     * Passes the labour-market test for the positions open now; refused unless {@link LabourMarketTest} finds
     * nothing that holds it.
     */
    @Rule("vacancy.test.open-positions")
    public void passLabourMarketTest(Collection<Referral> referrals, LocalDate today, Instant now) {
        LabourMarketTest.Verdict verdict = labourMarketTest(referrals, today);
        if (!verdict.passes()) {
            throw new IllegalStateException("The test of vacancy " + id + " does not pass: " + verdict.findings());
        }
        testPassedAt = now.truncatedTo(ChronoUnit.MICROS);
        passedPositions = openPositions;
    }

    /** A referred citizen was hired; returns true when that took the last open position and closed the vacancy. */
    @Rule("vacancy.hire.takes-open-position")
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
    @Rule("vacancy.foreign-fill.takes-open-position")
    public boolean fillByForeignWorker() {
        if (openPositions == 0) {
            return false;
        }
        openPositions--;
        filledCount++;
        return true;
    }

    /** Closes an open vacancy whose last position was taken; returns whether it did. */
    @Rule("vacancy.hire.takes-open-position")
    @Rule("vacancy.positions.not-below-taken")
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

    private void startSearch(LocalDate today, VacancyRules rules) {
        searchStartedOn = today;
        foreignLabourAllowedFrom = rules.searchOverOn(today);
    }

    public List<String> languageList() {
        return Arrays.asList(languages);
    }
}
