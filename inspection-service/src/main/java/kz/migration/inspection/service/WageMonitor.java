package kz.migration.inspection.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.AuditTrail;
import kz.migration.inspection.domain.CaseDeadlines;
import kz.migration.inspection.domain.CaseEvidence;
import kz.migration.inspection.domain.CaseNumber;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.TerminationHold;
import kz.migration.inspection.domain.WageMonth;
import kz.migration.inspection.domain.WagePolicy;
import kz.migration.inspection.domain.WorkerEmployment;
import kz.migration.inspection.repository.CaseRepository;
import kz.migration.inspection.repository.ReadModelRepository;
import kz.migration.inspection.repository.WageRepository;

/**
 * Judges one contract's months whose grace is over, under the contract's row lock: each month once (the unique key of
 * wage_month), and a month found short or missing becomes evidence of the contract's open wages case, or opens one
 * (with its termination hold).
 */
@ApplicationScoped
public class WageMonitor {

    @Inject
    ReadModelRepository readModels;

    @Inject
    WageRepository wages;

    @Inject
    CaseRepository cases;

    @Inject
    WageRecords records;

    @Inject
    WagePolicy policy;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    InspectionEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Returns the number of months found short or missing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int judge(String contractNumber, LocalDate today) {
        ContractView contract = readModels.lockContract(contractNumber).orElseThrow();
        Instant now = clock.instant();
        YearMonth judgedThrough = contract.wagesJudgedThrough == null
                ? null
                : YearMonth.from(contract.wagesJudgedThrough);
        List<WageMonth> judged = new ArrayList<>();
        for (YearMonth month : policy.monthsToJudge(contract.startDate, contract.lastDay(), judgedThrough, today)) {
            BigDecimal expected = records.expected(contract, month);
            BigDecimal paid = wages.paidFor(contract.contractNumber, month.atDay(1));
            judged.add(WageMonth.judged(UUID.randomUUID(), contract.contractNumber, month.atDay(1), expected, paid,
                    policy.verdict(expected, paid), now));
        }
        List<WageMonth> breaches = judged.stream().filter(m -> m.verdict.breach()).toList();
        if (!breaches.isEmpty()) {
            InspectionCase wagesCase = cases.openWagesCase(contract.contractNumber)
                    .orElseGet(() -> open(contract, today, now));
            for (WageMonth month : breaches) {
                month.caseId = wagesCase.id;
                if (!cases.hasEvidence(wagesCase.id, month.period)) {
                    cases.persistEvidence(CaseEvidence.of(UUID.randomUUID(), wagesCase.id, month, now));
                }
            }
        }
        judged.forEach(wages::persist);
        YearMonth last = policy.lastJudgedMonth(today);
        if (contract.lastDay() != null && YearMonth.from(contract.lastDay()).isBefore(last)) {
            last = YearMonth.from(contract.lastDay());
        }
        contract.wagesJudgedThrough = last.atDay(1);
        readModels.flush();
        return breaches.size();
    }

    private InspectionCase open(ContractView contract, LocalDate today, Instant now) {
        WorkerEmployment employment = new WorkerEmployment(contract.contractNumber, contract.permitNumber,
                contract.employerBin, contract.employerIin, contract.region, records.passportOf(contract),
                contract.recruitmentAgencyBin);
        InspectionCase c = InspectionCase.openedByWageMonitor(UUID.randomUUID(),
                CaseNumber.of(today.getYear(), cases.nextSequence()), employment, now, today, deadlines);
        cases.persist(c);
        TerminationHold hold = TerminationHold.placeFor(UUID.randomUUID(), c, now);
        if (hold != null) {
            cases.persistHold(hold);
            events.holdPlaced(hold);
        }
        cases.flush();
        AuditTrail.actingAsSystem("wage-monitor", null, null, () -> {
            audit.success("case.open-by-wage-monitor", c.id);
            return null;
        });
        return c;
    }
}
