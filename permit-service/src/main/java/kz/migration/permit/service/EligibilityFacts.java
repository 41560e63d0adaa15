package kz.migration.permit.service;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.permit.api.PermitApplicationRequest;
import kz.migration.permit.domain.ApprovalFacts;
import kz.migration.permit.domain.Ban;
import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.ForeignStaff;
import kz.migration.permit.domain.LabourMarketTest;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.SubmissionFacts;
import kz.migration.permit.repository.LabourMarketTestRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitApplicationRepository.EmployerPermits;
import kz.migration.permit.repository.PermitApplicationRepository.VacancyHolders;

/** Loads what the eligibility checks look at from this service's own records. */
@ApplicationScoped
public class EligibilityFacts {

    @Inject
    PermitApplicationRepository applications;

    @Inject
    LabourMarketTestRepository labourMarketTests;

    @Inject
    EaeuMemberStates eaeu;

    @Inject
    PermitViews views;

    /**
     * The facts of a submission. The vacancy's test row is locked, so submissions on one vacancy are serialised and
     * the position count and the one-live-application check cannot race.
     */
    public SubmissionFacts forSubmission(String bin, PermitApplicationRequest request, LocalDate today) {
        Optional<LabourMarketTest> test = labourMarketTests.lock(request.vacancyId());
        boolean own = test.map(t -> t.employerBin.equals(bin)).orElse(false);
        VacancyHolders holders = own
                ? applications.vacancyHolders(request.vacancyId(), request.worker().passportNumber())
                : new VacancyHolders(0, Optional.empty());
        LocalDate start = request.startDate() == null ? today : request.startDate();
        EmployerPermits permits = applications.employerPermits(bin, ForeignStaff.COUNTED, today);
        return new SubmissionFacts(bin, today, request.vacancyId(), request.category(), request.region(),
                request.occupationCode(), request.termDays(), start, request.salary().amount(),
                request.worker().citizenship(), request.worker().passportExpiry(),
                PermitViews.declaration(request.headcount(), request.totalEmployees(), request.smallBusiness()), test,
                permits.ban(), holders.liveForWorker(), holders.positionsHeld(),
                ForeignStaff.count(permits.held(), eaeu, today));
    }

    public ApprovalFacts forApproval(PermitApplication application, DocumentVerification document, LocalDate today) {
        // The ban and the foreign staff in one read of the employer's permits.
        EmployerPermits permits = applications.employerPermits(application.employerBin, ForeignStaff.COUNTED, today);
        return new ApprovalFacts(application, today, document, views.staff(application),
                labourMarketTests.findByIdOptional(application.vacancyId), permits.ban(),
                ForeignStaff.count(permits.held(), eaeu, today));
    }

    /** The ban on the employer on {@code date}, from its latest revocation for a violation. */
    public Optional<Ban> ban(String bin, LocalDate date) {
        return applications.activeBan(bin, date).flatMap(revoked -> Ban.of(revoked, date));
    }
}
