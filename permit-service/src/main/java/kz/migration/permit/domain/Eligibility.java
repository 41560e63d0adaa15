package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.rules.Rule;

/**
 * Whether an employer may have a permit for a worker (DESIGN.md §3): the checks on submission, which decide whether
 * the application is registered at all, and the automatic checks an approval runs first. Each returns every finding,
 * in a fixed order, so a refusal names all its grounds; an empty list means the application may go on.
 */
public final class Eligibility {

    /** The configured rules: terms per category and how far ahead a permit may be asked to start. */
    public record Rules(Map<PermitCategory, CategoryTerms> terms, int startDateMaxDaysAhead) {

        public Rules {
            terms = Map.copyOf(terms);
        }

        public CategoryTerms terms(PermitCategory category) {
            CategoryTerms rule = terms.get(category);
            if (rule == null) {
                throw new IllegalStateException("No terms configured for " + category);
            }
            return rule;
        }
    }

    private final Rules rules;
    private final LocalContent localContent;
    private final EaeuMemberStates eaeu;

    public Eligibility(Rules rules, LocalContent localContent, EaeuMemberStates eaeu) {
        this.rules = rules;
        this.localContent = localContent;
        this.eaeu = eaeu;
    }

    /** The checks a submission must pass to be registered. */
    public List<Finding> atSubmission(SubmissionFacts f) {
        List<Finding> findings = new ArrayList<>();
        eaeuCitizen(f.citizenship(), f.submittedOn()).ifPresent(findings::add);
        term(f.category(), f.termDays()).ifPresent(findings::add);
        Optional<Finding> start = startDate(f.startDate(), f.submittedOn());
        start.ifPresent(findings::add);
        if (start.isEmpty()) {
            // A term from a start the window refuses is no term to check the passport against.
            passportValidThroughTerm(f.passportExpiry(), f.startDate(), f.termDays()).ifPresent(findings::add);
        }
        f.ban().map(Ban::finding).ifPresent(findings::add);
        Optional<LabourMarketTest> test = passedTest(f.labourMarketTest(), f.employerBin());
        if (test.isEmpty()) {
            findings.add(noLabourMarketTest(f.vacancyId()));
        } else {
            findings.addAll(vacancyMatch(test.get(), f));
            f.liveForWorker().map(Eligibility::workerAlreadyApplied).ifPresent(findings::add);
            positions(test.get(), f.positionsHeld()).ifPresent(findings::add);
        }
        findings.addAll(localContent.inconsistencies(f.staff(), f.foreignStaff()));
        return findings;
    }

    /**
     * The checks an approval runs first, on the facts of the decision day and the rules in force on the submission
     * date; any finding refuses the application on its ground.
     */
    public List<Finding> atApproval(ApprovalFacts f) {
        PermitApplication application = f.application();
        List<Finding> findings = new ArrayList<>();
        eaeuCitizen(application.workerCitizenship, application.receivedOn).ifPresent(findings::add);
        mfaAnswer(f.document()).ifPresent(findings::add);
        if (passedTest(f.labourMarketTest(), application.employerBin).isEmpty()) {
            findings.add(Finding.of("permit.labour-market-test.required", PermitRefusalGround.NO_LABOUR_MARKET_TEST,
                    "vacancy " + application.vacancyId + " has no passed labour-market test any more"));
        }
        f.ban().map(Ban::finding).ifPresent(findings::add);
        LocalDate earliestStart = application.startDate.isAfter(f.decidedOn())
                ? application.startDate
                : f.decidedOn();
        passportValidThroughTerm(application.workerPassportExpiry, earliestStart, application.termDays)
                .ifPresent(findings::add);
        localContent.breach(application.category, f.staff(), f.foreignStaff(), application.receivedOn)
                .ifPresent(findings::add);
        return findings;
    }

    /** Citizens of EAEU member states work without a permit and outside every quota (EAEU Treaty art. 97). */
    @Rule("permit.eaeu.no-permit")
    Optional<Finding> eaeuCitizen(String citizenship, LocalDate on) {
        if (!eaeu.isMember(citizenship, on)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.eaeu.no-permit", PermitRefusalGround.EAEU_CITIZEN_NEEDS_NO_PERMIT,
                "the worker is a citizen of " + citizenship + ", a member state of the Eurasian Economic Union: "
                        + "under art. 97 of the EAEU Treaty such citizens work in Kazakhstan without a permit to "
                        + "hire foreign labour and outside the quota. No permit is issued and no quota unit is "
                        + "used; the employer registers the labour contract directly with the contract registry "
                        + "(within 5 working days of signing)")
                .with("citizenship", citizenship));
    }

    @Rule("permit.categories.terms")
    Optional<Finding> term(PermitCategory category, int termDays) {
        List<Integer> allowed = rules.terms(category).termDays();
        if (allowed.contains(termDays)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.categories.terms", PermitRefusalGround.TERM_NOT_ALLOWED, "A " + category
                + " permit may be requested for " + allowed + " days, not " + termDays)
                .with("allowedTermDays", allowed));
    }

    /** The permit may be asked to start on the submission day at the earliest and at most so many days later. */
    @Rule("permit.start-date.window")
    Optional<Finding> startDate(LocalDate start, LocalDate submittedOn) {
        LocalDate latest = submittedOn.plusDays(rules.startDateMaxDaysAhead());
        if (!start.isBefore(submittedOn) && !start.isAfter(latest)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.start-date.window", PermitRefusalGround.START_DATE_NOT_ALLOWED,
                "the permit may start from " + submittedOn + " (the submission) to " + latest + ", not on " + start)
                .with("earliestStartDate", submittedOn.toString()).with("latestStartDate", latest.toString()));
    }

    /** The worker's passport must be valid on every day of the term that starts on {@code start}. */
    @Rule("permit.passport.valid-through-term")
    public static Optional<Finding> passportValidThroughTerm(LocalDate passportExpiry, LocalDate start,
            int termDays) {
        LocalDate lastDay = start.plusDays(termDays - 1L);
        if (!passportExpiry.isBefore(lastDay)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.passport.valid-through-term",
                PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on " + passportExpiry
                        + ", before the last day of the term " + lastDay + " (a term starting on " + start + ")")
                .with("termEnds", lastDay.toString()));
    }

    /** Only the employer's own vacancy whose test passed and still stands opens positions to foreign labour. */
    @Rule("permit.labour-market-test.required")
    static Optional<LabourMarketTest> passedTest(Optional<LabourMarketTest> test, String employerBin) {
        return test.filter(t -> t.active && t.employerBin.equals(employerBin));
    }

    private static Finding noLabourMarketTest(Object vacancyId) {
        // Another employer's vacancy is answered exactly as a missing one.
        return Finding.of("permit.labour-market-test.required", PermitRefusalGround.NO_LABOUR_MARKET_TEST,
                "Vacancy " + vacancyId + " of this employer has no passed labour-market test");
    }

    /** The application is for the vacancy's region and occupation, at no less than its salary. */
    @Rule("permit.labour-market-test.vacancy-match")
    static List<Finding> vacancyMatch(LabourMarketTest test, SubmissionFacts f) {
        List<Finding> findings = new ArrayList<>();
        String rule = "permit.labour-market-test.vacancy-match";
        if (!test.region.equals(f.region())) {
            findings.add(Finding.of(rule, PermitRefusalGround.VACANCY_MISMATCH,
                    "The vacancy is in region " + test.region + ", the application in " + f.region()));
        }
        if (!test.occupationCode.equals(f.occupationCode())) {
            findings.add(Finding.of(rule, PermitRefusalGround.VACANCY_MISMATCH, "The vacancy is for occupation "
                    + test.occupationCode + ", the application for " + f.occupationCode()));
        }
        if (f.salary().compareTo(test.salary) < 0) {
            findings.add(Finding.of(rule, PermitRefusalGround.SALARY_BELOW_VACANCY,
                    "The salary " + f.salary() + " is below the vacancy's " + test.salary)
                    .with("vacancySalary", test.salary.toPlainString()));
        }
        return findings;
    }

    /** One live application per worker and vacancy: a retried submission may not take a second position. */
    @Rule("permit.application.one-live-per-worker")
    static Finding workerAlreadyApplied(PermitApplication live) {
        return Finding.of("permit.application.one-live-per-worker", PermitRefusalGround.WORKER_ALREADY_APPLIED,
                "Application " + live.id + " for this worker on the vacancy is " + live.status)
                .with("applicationId", live.id.toString());
    }

    /** No more applications hold a vacancy's positions than the labour-market test opened. */
    @Rule("permit.vacancy.positions")
    static Optional<Finding> positions(LabourMarketTest test, long held) {
        if (held < test.positions) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.vacancy.positions", PermitRefusalGround.VACANCY_POSITIONS_USED,
                "All " + test.positions + " positions of the vacancy are taken by other applications"));
    }

    /** The MFA's rejection of the education document is a refusal ground. */
    @Rule("permit.mfa.document-check")
    static Optional<Finding> mfaAnswer(DocumentVerification document) {
        if (document.status != DocumentVerificationStatus.REJECTED) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.mfa.document-check", PermitRefusalGround.MFA_DOCUMENT_REJECTED,
                "the MFA rejected the education document: " + document.reason));
    }
}
