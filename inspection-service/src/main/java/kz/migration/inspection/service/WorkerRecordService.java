package kz.migration.inspection.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.inspection.api.WageMonthView;
import kz.migration.inspection.api.WorkerRecordRequest;
import kz.migration.inspection.api.WorkerRecordView;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.PermitView;
import kz.migration.inspection.domain.WorkerEmployment;
import kz.migration.inspection.repository.CaseRepository;
import kz.migration.inspection.repository.ReadModelRepository;

/**
 * The worker's own record, for whoever gives a contract or permit number with the worker's passport: every contract
 * and permit with that passport, their wages month by month, and the cases the employer already knows of.
 */
@ApplicationScoped
public class WorkerRecordService {

    @Inject
    WorkerEmployments employments;

    @Inject
    ReadModelRepository readModels;

    @Inject
    CaseRepository cases;

    @Inject
    WageRecords wages;

    @Inject
    Clock clock;

    @Transactional
    public WorkerRecordView lookup(WorkerRecordRequest request) {
        WorkerEmployment employment = employments.identify(request.contractNumber(), request.permitNumber(),
                request.passportNumber());
        String passport = employment.workerDocumentNumber();
        LocalDate today = LocalDate.now(clock);
        List<PermitView> permits = readModels.permitsOfWorker(passport);
        List<ContractView> contracts = readModels.contractsOfWorker(passport,
                permits.stream().map(p -> p.permitNumber).toList());
        List<WageMonthView> wageMonths = new ArrayList<>();
        contracts.forEach(c -> wageMonths.addAll(wages.months(c, today)));
        return new WorkerRecordView(
                contracts.stream().map(c -> contract(c, today)).toList(),
                permits.stream().map(p -> new WorkerRecordView.Permit(p.permitNumber, p.kind, p.status,
                        p.employerBin, p.occupationCode, p.region, p.validFrom, p.validTo)).toList(),
                wageMonths,
                cases.ofWorker(passport).stream().filter(c -> c.shownInWorkerRecord())
                        .map(c -> new WorkerRecordView.Case(c.caseNumber, c.kind, c.status, c.receivedOn)).toList());
    }

    private WorkerRecordView.Contract contract(ContractView c, LocalDate today) {
        String status;
        if (c.terminated) {
            status = "TERMINATED";
        } else if (c.permitNumber != null
                && readModels.permit(c.permitNumber).map(p -> !"ISSUED".equals(p.status)).orElse(false)) {
            status = "PERMIT_ENDED";
        } else if (c.endDate != null && c.endDate.isBefore(today)) {
            status = "ENDED";
        } else {
            status = "ACTIVE";
        }
        return new WorkerRecordView.Contract(c.contractNumber, status, c.employerName, c.employerBin,
                c.occupationCode, c.region, c.startDate, c.endDate, c.terminatedOn, wages.currentSalary(c, today),
                c.currency != null ? c.currency : "KZT", c.weeklyHours);
    }
}
