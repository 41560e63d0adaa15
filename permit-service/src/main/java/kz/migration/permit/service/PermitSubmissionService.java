package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.permit.DocumentVerificationRequested;
import kz.migration.common.event.permit.PermitApplicationSubmitted;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.permit.api.PermitApplicationRequest;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.domain.Eligibility;
import kz.migration.permit.domain.Finding;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitDeadlines;
import kz.migration.permit.domain.PermitTransition;
import kz.migration.permit.domain.SubmissionFacts;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/**
 * The employer's side of an application: submission (registered only when {@link Eligibility} finds nothing, else
 * one 422 naming every finding) and withdrawal before issue.
 */
@ApplicationScoped
public class PermitSubmissionService {

    private static final String WHAT = "Permit application";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    DocumentVerificationRepository verifications;

    @Inject
    EligibilityFacts facts;

    @Inject
    Eligibility eligibility;

    @Inject
    ComplianceRegisterService compliance;

    @Inject
    EntryBanService entryBans;

    @Inject
    PermitDeadlines deadlines;

    @Inject
    PermitViews views;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** A retry without a key would register the worker twice, so the key is required (428 without it). */
    @Transactional
    @Audited("permit-application.submit")
    public IdempotencyKeys.Outcome<PermitApplicationView> submit(PermitApplicationRequest request,
            String idempotencyKey) {
        String bin = caller.employerBin();
        return idempotency.onceRequired("submit-permit-application:" + bin, idempotencyKey, request,
                PermitApplicationView.class, () -> register(bin, request));
    }

    private PermitApplicationView register(String bin, PermitApplicationRequest request) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        SubmissionFacts submission = facts.forSubmission(bin, request, today);
        List<Finding> findings = new ArrayList<>(eligibility.atSubmission(submission));
        entryBans.refusal(request.worker().passportNumber(), request.worker().citizenship(), today)
                .ifPresent(findings::add);
        ComplianceRegisterService.AtSubmission employerRecord = compliance.atSubmission(bin, today);
        findings.addAll(employerRecord.findings());
        if (!findings.isEmpty()) {
            throw RefusalProblems.of(findings);
        }
        PermitApplication application = newApplication(bin, request, submission.startDate());
        PermitTransition registered = application.register(today, deadlines.review(today), caller.subject(),
                Roles.EMPLOYER, now);
        applications.persist(application);
        transitions.persist(registered);

        DocumentVerification verification = new DocumentVerification();
        verification.id = UUID.randomUUID();
        verification.applicationId = application.id;
        verification.status = DocumentVerificationStatus.PENDING;
        verification.requestedAt = now;
        verifications.persist(verification);

        String key = application.id.toString();
        outbox.append(key, new PermitApplicationSubmitted(application.id, bin, application.region,
                application.category.name(), application.occupationCode, application.vacancyId,
                application.reviewDeadline, now, application.startDate));
        outbox.append(key, new DocumentVerificationRequested(verification.id, application.id,
                application.educationDocumentId, application.educationCountry, application.legalisationReference,
                now));
        return views.view(application, verification.status, employerRecord.flags());
    }

    private PermitApplication newApplication(String bin, PermitApplicationRequest request, LocalDate startDate) {
        PermitApplication application = new PermitApplication();
        application.id = UUID.randomUUID();
        application.employerBin = bin;
        application.region = request.region();
        application.category = request.category();
        application.occupationCode = request.occupationCode();
        application.vacancyId = request.vacancyId();
        application.termDays = request.termDays();
        application.startDate = startDate;
        application.salary = request.salary().amount();
        PermitApplicationRequest.Worker worker = request.worker();
        application.workerFullName = worker.fullName();
        application.workerCitizenship = worker.citizenship();
        application.workerPassportNumber = worker.passportNumber();
        application.workerPassportExpiry = worker.passportExpiry();
        application.educationDocumentId = worker.educationDocumentId();
        application.educationCountry = worker.educationCountry();
        application.legalisationReference = worker.legalisationReference();
        application.workerSex = worker.sex();
        application.headcount = views.write(request.headcount());
        application.totalEmployees = request.totalEmployees();
        application.smallBusiness = request.smallBusiness();
        application.recruitmentAgencyBin = request.recruitmentAgencyBin();
        return application;
    }

    /** The employer withdraws before issue; a reserved quota unit is released (PermitWithdrawn). */
    @Transactional
    @Audited("permit-application.withdraw")
    public PermitApplicationView withdraw(UUID id) {
        PermitApplication application = applications.lock(id).orElse(null);
        caller.requireAccess(application, application == null ? null : application.employerBin,
                application == null ? null : application.region, WHAT, id);
        boolean reserved = application.holdsQuotaUnit();
        transitions.persist(application.withdraw(caller.subject(), caller.role(), clock.instant()));
        outbox.append(application.id.toString(), new PermitWithdrawn(application.id,
                reserved ? application.reservationId : null, application.employerBin, application.region,
                application.category.name(), application.yearOrZero(), clock.instant()));
        return views.view(application);
    }
}
