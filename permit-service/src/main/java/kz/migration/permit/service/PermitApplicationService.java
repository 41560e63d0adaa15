package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.migration.common.audit.Audited;
import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.permit.DocumentVerificationRequested;
import kz.migration.common.event.permit.PermitApplicationSubmitted;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.FeePaymentRequest;
import kz.migration.permit.api.Money;
import kz.migration.permit.api.PermitApplicationRequest;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.TransitionView;
import kz.migration.permit.config.PermitRules;
import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.domain.FeePayment;
import kz.migration.permit.domain.LabourMarketTest;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.FeePaymentRepository;
import kz.migration.permit.repository.LabourMarketTestRepository;
import kz.migration.permit.repository.PageCursor;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/**
 * Employer applications from registration to issue: validation against the labour-market test read-model, the
 * review deadline, the officer's decision with its automatic checks, the quota saga, the fee and the permit.
 */
@ApplicationScoped
public class PermitApplicationService {

    static final String SYSTEM_ROLE = "system";
    static final String PURPOSE_NEW = "NEW";
    static final String KIND_EMPLOYER = "EMPLOYER";
    private static final String WHAT = "Permit application";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    DocumentVerificationRepository verifications;

    @Inject
    LabourMarketTestRepository labourMarketTests;

    @Inject
    FeePaymentRepository payments;

    @Inject
    LocalContentCheck localContent;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    PermitRules rules;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** A refusal ground found by an automatic check, with the facts behind it. */
    record Finding(PermitRefusalGround ground, String explanation) {
    }

    @Transactional
    @Audited("permit-application.submit")
    public IdempotencyKeys.Outcome<PermitApplicationView> submit(PermitApplicationRequest request,
            String idempotencyKey) {
        String bin = caller.employerBin();
        return idempotency.once("submit-permit-application:" + bin, idempotencyKey, request,
                PermitApplicationView.class, () -> register(bin, request));
    }

    private PermitApplicationView register(String bin, PermitApplicationRequest request) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Integer> allowedTerms = rules.category(request.category()).termDays();
        if (!allowedTerms.contains(request.termDays())) {
            throw new ProblemException(PermitProblems.TERM_NOT_ALLOWED, "A " + request.category() + " permit may be "
                    + "requested for " + allowedTerms + " days, not " + request.termDays())
                    .with("allowedTermDays", allowedTerms);
        }
        LocalDate lastDay = today.plusDays(request.termDays() - 1L);
        if (request.worker().passportExpiry().isBefore(lastDay)) {
            throw new ProblemException(PermitProblems.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on "
                    + request.worker().passportExpiry() + ", before the last day of the term " + lastDay)
                    .with("termEnds", lastDay.toString());
        }
        applications.activeBan(bin, today).ifPresent(ban -> {
            throw banned(ban);
        });
        LabourMarketTest test = labourMarketTests.lock(request.vacancyId())
                .filter(t -> t.active && t.employerBin.equals(bin))
                .orElseThrow(() -> new ProblemException(PermitProblems.NO_LABOUR_MARKET_TEST, "Vacancy "
                        + request.vacancyId() + " of this employer has no passed labour-market test"));
        if (!test.region.equals(request.region())) {
            throw new ProblemException(PermitProblems.VACANCY_MISMATCH,
                    "The vacancy is in region " + test.region + ", the application in " + request.region());
        }
        if (!test.occupationCode.equals(request.occupationCode())) {
            throw new ProblemException(PermitProblems.VACANCY_MISMATCH, "The vacancy is for occupation "
                    + test.occupationCode + ", the application for " + request.occupationCode());
        }
        if (request.salary().amount().compareTo(test.salary) < 0) {
            throw new ProblemException(PermitProblems.SALARY_BELOW_VACANCY,
                    "The salary " + request.salary().amount() + " is below the vacancy's " + test.salary)
                    .with("vacancySalary", test.salary.toPlainString());
        }
        // Under the labour-market test's lock, as the position count: submissions on one vacancy are serialised.
        applications.liveForWorker(test.vacancyId, request.worker().passportNumber()).ifPresent(live -> {
            throw new ProblemException(PermitProblems.WORKER_ALREADY_APPLIED, "Application " + live.id
                    + " for this worker on the vacancy is " + live.status).with("applicationId", live.id.toString());
        });
        if (applications.countHoldingPositions(test.vacancyId) >= test.positions) {
            throw new ProblemException(PermitProblems.VACANCY_POSITIONS_USED,
                    "All " + test.positions + " positions of the vacancy are taken by other applications");
        }

        PermitApplication application = new PermitApplication();
        application.id = UUID.randomUUID();
        application.employerBin = bin;
        application.region = request.region();
        application.category = request.category();
        application.occupationCode = request.occupationCode();
        application.vacancyId = request.vacancyId();
        application.termDays = request.termDays();
        application.salary = request.salary().amount();
        PermitApplicationRequest.Worker worker = request.worker();
        application.workerFullName = worker.fullName();
        application.workerCitizenship = worker.citizenship();
        application.workerPassportNumber = worker.passportNumber();
        application.workerPassportExpiry = worker.passportExpiry();
        application.educationDocumentId = worker.educationDocumentId();
        application.educationCountry = worker.educationCountry();
        application.legalisationReference = worker.legalisationReference();
        application.headcount = write(request.headcount());
        application.totalEmployees = request.totalEmployees();
        application.smallBusiness = request.smallBusiness();
        application.status = PermitStatus.SUBMITTED;
        application.submittedAt = now;
        application.receivedOn = today;
        application.reviewDeadline = calendar.plusWorkingDays(today, rules.reviewWorkingDays());
        applications.persist(application);
        transitions.persist(new kz.migration.permit.domain.PermitTransition(application.id, null,
                PermitStatus.SUBMITTED, caller.subject(), Roles.EMPLOYER, now, "application registered"));

        DocumentVerification verification = new DocumentVerification();
        verification.id = UUID.randomUUID();
        verification.applicationId = application.id;
        verification.status = DocumentVerificationStatus.PENDING;
        verification.requestedAt = now;
        verifications.persist(verification);

        String key = application.id.toString();
        outbox.append(key, new PermitApplicationSubmitted(application.id, bin, application.region,
                application.category.name(), application.occupationCode, application.vacancyId,
                application.reviewDeadline, now));
        outbox.append(key, new DocumentVerificationRequested(verification.id, application.id,
                application.educationDocumentId, application.educationCountry, application.legalisationReference,
                now));
        return view(application, verification.status);
    }

    /** The officer takes an application of the region for review. */
    @Transactional
    @Audited("permit-application.start-review")
    public PermitApplicationView startReview(UUID id) {
        PermitApplication application = lockAccessible(id);
        record(application, PermitStatus.UNDER_REVIEW, "taken for review");
        return view(application);
    }

    @Transactional
    @Audited("permit-application.decide")
    public PermitApplicationView decide(UUID id, DecisionRequest request) {
        PermitApplication application = lockAccessible(id);
        boolean quota = application.category.countsAgainstQuota();
        // An officer decides once, on an application under review. Refusing an approved one would leave its quota
        // unit reserved for good: the refusal carries no reservation to release (only quota-service refuses then).
        if (application.status != PermitStatus.UNDER_REVIEW) {
            PermitStatus requested = request.decision() == DecisionRequest.Decision.REFUSE
                    ? PermitStatus.REFUSED
                    : quota ? PermitStatus.APPROVED : PermitStatus.AWAITING_FEE;
            throw ProblemException.conflict("Only an application under review can be decided; this one is "
                    + application.status).with("currentStatus", application.status.name())
                    .with("requestedStatus", requested.name());
        }
        if (request.decision() == DecisionRequest.Decision.REFUSE) {
            List<Finding> findings = request.grounds().stream().distinct()
                    .map(ground -> new Finding(ground, request.reason())).toList();
            refuse(application, findings, caller.subject(), caller.role());
            return view(application);
        }
        DocumentVerification verification = verifications.forApplication(id).orElseThrow();
        if (verification.status == DocumentVerificationStatus.PENDING) {
            throw new ProblemException(PermitProblems.DOCUMENT_CHECK_PENDING,
                    "The MFA has not answered document check " + verification.id + " yet")
                    .with("documentVerificationId", verification.id.toString());
        }
        List<Finding> findings = automaticChecks(application, verification);
        if (!findings.isEmpty()) {
            refuse(application, findings, caller.subject(), caller.role());
            return view(application, verification.status);
        }
        Instant now = clock.instant();
        if (quota) {
            application.reservationId = UUID.randomUUID();
            application.quotaYear = LocalDate.now(clock).getYear();
            record(application, PermitStatus.APPROVED, reasonOr(request.reason(), "approved; quota requested"));
            outbox.append(application.id.toString(), new PermitApproved(application.reservationId, application.id,
                    PURPOSE_NEW, application.employerBin, application.region, application.category.name(),
                    application.quotaYear, application.workerCitizenship, application.occupationCode, now));
        } else {
            // Intra-corporate transfer is outside the quota (DESIGN.md §3): no reservation, straight to the fee.
            application.quotaYear = LocalDate.now(clock).getYear();
            awaitFee(application, caller.subject(), caller.role(),
                    reasonOr(request.reason(), "approved; outside the quota"));
        }
        return view(application, verification.status);
    }

    /** The checks every approval runs first; each failure is a named refusal ground. */
    List<Finding> automaticChecks(PermitApplication application, DocumentVerification verification) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        if (verification.status == DocumentVerificationStatus.REJECTED) {
            findings.add(new Finding(PermitRefusalGround.MFA_DOCUMENT_REJECTED,
                    "the MFA rejected the education document: " + verification.reason));
        }
        boolean testPassed = labourMarketTests.findByIdOptional(application.vacancyId)
                .map(test -> test.active && test.employerBin.equals(application.employerBin)).orElse(false);
        if (!testPassed) {
            findings.add(new Finding(PermitRefusalGround.NO_LABOUR_MARKET_TEST,
                    "vacancy " + application.vacancyId + " has no passed labour-market test any more"));
        }
        applications.activeBan(application.employerBin, today).ifPresent(ban -> findings
                .add(new Finding(PermitRefusalGround.EMPLOYER_BANNED, banned(ban).getMessage())));
        localContent.breach(application.category, read(application.headcount), application.totalEmployees,
                application.smallBusiness)
                .ifPresent(breach -> findings.add(new Finding(PermitRefusalGround.LOCAL_CONTENT_BREACH, breach)));
        return findings;
    }

    @Transactional
    @Audited("permit-application.withdraw")
    public PermitApplicationView withdraw(UUID id) {
        PermitApplication application = lockAccessible(id);
        boolean reserved = application.status == PermitStatus.APPROVED
                || application.status == PermitStatus.AWAITING_FEE;
        record(application, PermitStatus.WITHDRAWN, "withdrawn by the employer");
        outbox.append(application.id.toString(), new PermitWithdrawn(application.id,
                reserved ? application.reservationId : null, application.employerBin, application.region,
                application.category.name(), application.yearOrZero(), clock.instant()));
        return view(application);
    }

    /** quota-service reserved the unit: the employer may now pay the fee. Redeliveries find nothing to do. */
    @Transactional
    @Audited(value = "permit-application.quota-reserved", idFrom = "applicationId")
    public void onQuotaReserved(QuotaReserved reserved) {
        applications.findByReservation(reserved.reservationId())
                .filter(application -> application.status == PermitStatus.APPROVED)
                .ifPresent(application -> awaitFee(application, "quota-service", SYSTEM_ROLE,
                        "quota unit reserved, " + reserved.free() + " left"));
    }

    /** quota-service had no unit left: the application is refused on QUOTA_EXHAUSTED; nothing to release. */
    @Transactional
    @Audited(value = "permit-application.quota-rejected", idFrom = "applicationId")
    public void onQuotaRejected(QuotaRejected rejected) {
        applications.findByReservation(rejected.reservationId())
                .filter(application -> application.status == PermitStatus.APPROVED)
                .ifPresent(application -> {
                    refuse(application, List.of(new Finding(PermitRefusalGround.QUOTA_EXHAUSTED, "no quota left for "
                            + rejected.year() + "/" + rejected.region() + "/" + rejected.category() + ": "
                            + rejected.reason())), "quota-service", SYSTEM_ROLE);
                });
    }

    /** The payment gateway's callback; the same payment reference again answers the same permit. */
    @Transactional
    @Audited("permit-application.pay-fee")
    public PermitApplicationView payFee(UUID id, FeePaymentRequest request) {
        PermitApplication application = applications.lock(id).orElseThrow(() -> ProblemException.notFound(WHAT, id));
        FeePayment previous = payments.findById(request.paymentReference());
        if (previous != null) {
            if (previous.applicationId.equals(id)) {
                return view(application);
            }
            throw new ProblemException(PermitProblems.PAYMENT_REFERENCE_REUSED,
                    "Payment reference " + request.paymentReference() + " belongs to another application");
        }
        application.status.requireTransitionTo(PermitStatus.ISSUED);
        if (request.amount().amount().compareTo(application.feeAmount) != 0) {
            throw new ProblemException(PermitProblems.FEE_AMOUNT_MISMATCH, "The fee due is "
                    + application.feeAmount.toPlainString() + " KZT, paid " + request.amount().amount())
                    .with("feeDue", Money.kzt(application.feeAmount));
        }
        // What counts is when the employer paid, not when the gateway reports it (the lapse job waits a grace day).
        LocalDate paidOn = LocalDate.ofInstant(request.paidAt(), clock.getZone());
        if (paidOn.isAfter(application.feeDue)) {
            throw new ProblemException(PermitProblems.FEE_OVERDUE, "The fee was due by " + application.feeDue
                    + " and paid on " + paidOn).with("feeDue", application.feeDue.toString());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        FeePayment payment = new FeePayment();
        payment.paymentReference = request.paymentReference();
        payment.applicationId = id;
        payment.amount = request.amount().amount();
        payment.paidAt = request.paidAt();
        payment.receivedAt = now;
        payments.persist(payment);

        application.permitNumber = String.format("WP-%d-%06d", today.getYear(), applications.nextPermitSerial());
        application.validFrom = today;
        application.validTo = today.plusDays(application.termDays - 1L);
        record(application, PermitStatus.ISSUED, "fee paid, reference " + request.paymentReference());
        outbox.append(application.id.toString(), new PermitIssued(application.permitNumber,
                application.reservationId, application.id, application.vacancyId, KIND_EMPLOYER,
                application.employerBin, application.region, application.category.name(), application.occupationCode,
                application.workerCitizenship, application.workerPassportNumber, application.validFrom,
                application.validTo, application.yearOrZero(), application.salary, now));
        return view(application);
    }

    @Audited(value = "permit-application.read", read = true)
    public PermitApplicationView get(UUID id) {
        return view(accessible(id));
    }

    @Audited(value = "permit-application.history", read = true)
    public List<TransitionView> history(UUID id) {
        accessible(id);
        return transitions.history(id).stream().map(TransitionView::of).toList();
    }

    /** Lists what the caller may see: employers their own, officers their region, the rest everything. */
    @Audited(value = "permit-application.search", read = true)
    public Page<PermitApplicationView> list(PermitApplicationRepository.Filter filter, String cursor, int limit) {
        PermitApplicationRepository.Filter scoped = filter;
        if (caller.is(Roles.EMPLOYER)) {
            scoped = new PermitApplicationRepository.Filter(filter.status(), filter.category(), filter.region(),
                    caller.employerBin(), filter.vacancyId());
        } else if (caller.is(Roles.OFFICER)) {
            scoped = new PermitApplicationRepository.Filter(filter.status(), filter.category(),
                    caller.officerRegion(), filter.employerBin(), filter.vacancyId());
        }
        return page(applications.page(scoped, PageCursor.decode(cursor), limit), limit);
    }

    @Audited(value = "permit-application.queue", read = true)
    public Page<PermitApplicationView> queue(String cursor, int limit) {
        return page(applications.queue(caller.officerRegion(), PageCursor.decode(cursor), limit), limit);
    }

    @Audited(value = "permit-application.overdue", read = true)
    public Page<PermitApplicationView> overdue(String region, String cursor, int limit) {
        return page(applications.overdue(LocalDate.now(clock), region, PageCursor.decode(cursor), limit), limit);
    }

    // --- shared steps -------------------------------------------------------------------------------------------

    void awaitFee(PermitApplication application, String actor, String role, String reason) {
        application.feeAmount = rules.fees().feeFor(application.region, application.category);
        application.feeDue = calendar.plusWorkingDays(LocalDate.now(clock), rules.feeWorkingDays());
        transitions.persist(application.moveTo(PermitStatus.AWAITING_FEE, actor, role, clock.instant(),
                reason + "; fee " + application.feeAmount.toPlainString() + " KZT due by " + application.feeDue));
    }

    void refuse(PermitApplication application, List<Finding> findings, String actor, String role) {
        String reason = String.join("; ", findings.stream()
                .map(f -> f.explanation() == null ? f.ground().name() : f.ground() + ": " + f.explanation())
                .toList());
        transitions.persist(application.moveTo(PermitStatus.REFUSED, actor, role, clock.instant(), reason));
        application.refuseOn(findings.stream().map(Finding::ground).toList());
        // A refusal never holds a unit: officers refuse before approval and a quota rejection reserved nothing.
        outbox.append(application.id.toString(), new PermitRefused(application.id, null,
                application.employerBin, application.region, application.category.name(), application.yearOrZero(),
                application.grounds().stream().map(Enum::name).toList(), clock.instant()));
    }

    void record(PermitApplication application, PermitStatus target, String reason) {
        transitions.persist(application.moveTo(target, caller.subject(), caller.role(), clock.instant(), reason));
    }

    ProblemException banned(PermitApplication revoked) {
        return new ProblemException(PermitProblems.EMPLOYER_BANNED, "employer is banned through "
                + revoked.bannedUntil + " after permit " + revoked.permitNumber + " was revoked ("
                + revoked.revocationGround + ")").with("bannedUntil", revoked.bannedUntil.toString())
                .with("revokedPermit", revoked.permitNumber);
    }

    private PermitApplication accessible(UUID id) {
        PermitApplication application = applications.findById(id);
        return caller.requireAccess(application, application == null ? null : application.employerBin,
                application == null ? null : application.region, WHAT, id);
    }

    private PermitApplication lockAccessible(UUID id) {
        accessible(id);
        return applications.lock(id).orElseThrow(() -> ProblemException.notFound(WHAT, id));
    }

    private Page<PermitApplicationView> page(List<PermitApplication> rows, int limit) {
        List<PermitApplication> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, DocumentVerification> checks = verifications
                .forApplications(items.stream().map(a -> a.id).toList());
        String next = null;
        if (rows.size() > limit) {
            PermitApplication last = items.get(items.size() - 1);
            next = PageCursor.after(last.reviewDeadline, last.id).encode();
        }
        Function<PermitApplication, PermitApplicationView> toView = a -> view(a,
                checks.containsKey(a.id) ? checks.get(a.id).status : null);
        return new Page<>(items.stream().map(toView).toList(), next);
    }

    PermitApplicationView view(PermitApplication application) {
        return view(application, verifications.forApplication(application.id).map(v -> v.status).orElse(null));
    }

    PermitApplicationView view(PermitApplication a, DocumentVerificationStatus documentCheck) {
        return new PermitApplicationView(a.id, a.status, a.employerBin, a.region, a.category, a.occupationCode,
                a.vacancyId, a.termDays,
                new PermitApplicationRequest.Worker(a.workerFullName, a.workerCitizenship, a.workerPassportNumber,
                        a.workerPassportExpiry, a.educationDocumentId, a.educationCountry, a.legalisationReference),
                Money.kzt(a.salary), read(a.headcount), a.totalEmployees, a.smallBusiness, a.submittedAt,
                a.receivedOn, a.reviewDeadline, documentCheck, a.grounds(), Money.kzt(a.feeAmount), a.feeDue,
                a.permitNumber, a.validFrom, a.validTo, a.renewalCount, a.revocationGround, a.bannedUntil,
                a.version);
    }

    private static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    private String write(PermitApplicationRequest.Headcount headcount) {
        try {
            return mapper.writeValueAsString(headcount);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store headcount", e);
        }
    }

    private PermitApplicationRequest.Headcount read(String headcount) {
        try {
            return mapper.readValue(headcount, PermitApplicationRequest.Headcount.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headcount is unreadable", e);
        }
    }
}
