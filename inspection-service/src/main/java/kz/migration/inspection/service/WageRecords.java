package kz.migration.inspection.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.inspection.api.WageMonthView;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.PermitView;
import kz.migration.inspection.domain.WageMonth;
import kz.migration.inspection.domain.WagePayment;
import kz.migration.inspection.domain.WagePolicy;
import kz.migration.inspection.domain.WageVerdict;
import kz.migration.inspection.repository.ReadModelRepository;
import kz.migration.inspection.repository.WageRepository;

/** A contract's wages month by month: what its salary calls for, what was paid, and how each month stands. */
@ApplicationScoped
public class WageRecords {

    @Inject
    ReadModelRepository readModels;

    @Inject
    WageRepository wages;

    @Inject
    WagePolicy policy;

    /** The monthly salary in force at the end of {@code month} (amendments included), else the permit's. */
    BigDecimal monthlySalary(ContractView contract, YearMonth month) {
        BigDecimal registered = readModels.salaryOn(contract.contractNumber, month.atEndOfMonth())
                .map(s -> s.salary).orElse(contract.salary);
        BigDecimal declared = readModels.permit(contract.permitNumber).map(p -> p.salary).orElse(null);
        return policy.monthlySalary(registered, declared);
    }

    /** What the salary calls for in {@code month}, prorated for a month the contract starts or ends in. */
    BigDecimal expected(ContractView contract, YearMonth month) {
        return policy.expected(monthlySalary(contract, month), contract.startDate, contract.lastDay(), month);
    }

    /** The salary in force now, for the record's header. */
    BigDecimal currentSalary(ContractView contract, LocalDate today) {
        BigDecimal registered = readModels.salaryOn(contract.contractNumber, today).map(s -> s.salary)
                .orElse(contract.salary);
        BigDecimal declared = readModels.permit(contract.permitNumber).map(p -> p.salary).orElse(null);
        return policy.monthlySalary(registered, declared);
    }

    /**
     * The months from the contract's start (or the start of monitoring) to this month or its last: judged months as
     * judged, the others PENDING with what is paid so far.
     */
    List<WageMonthView> months(ContractView contract, LocalDate today) {
        YearMonth first = YearMonth.from(contract.startDate);
        if (first.isBefore(policy.monitoredFrom())) {
            first = policy.monitoredFrom();
        }
        YearMonth last = YearMonth.from(today);
        if (contract.lastDay() != null && YearMonth.from(contract.lastDay()).isBefore(last)) {
            last = YearMonth.from(contract.lastDay());
        }
        Map<LocalDate, WageMonth> judged = wages.months(contract.contractNumber).stream()
                .collect(Collectors.toMap(m -> m.period, m -> m));
        Map<LocalDate, List<WagePayment>> paid = wages.payments(contract.contractNumber).stream()
                .collect(Collectors.groupingBy(p -> p.period));
        List<WageMonthView> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate period = month.atDay(1);
            List<WagePayment> payments = paid.getOrDefault(period, List.of());
            List<WageMonthView.Payment> lines = payments.stream()
                    .map(p -> new WageMonthView.Payment(p.paymentReference, p.amount, p.currency, p.paidOn)).toList();
            WageMonth verdict = judged.get(period);
            if (verdict != null) {
                months.add(new WageMonthView(contract.contractNumber, month.toString(), verdict.expected, verdict.paid,
                        verdict.verdict, lines));
            } else {
                BigDecimal sum = payments.stream().filter(p -> policy.payable(p.currency)).map(p -> p.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                months.add(new WageMonthView(contract.contractNumber, month.toString(), expected(contract, month), sum,
                        WageVerdict.PENDING, lines));
            }
        }
        return months;
    }

    /** The worker's passport as the read-models know it: the contract's, else its permit's. */
    String passportOf(ContractView contract) {
        if (contract.workerDocumentNumber != null) {
            return contract.workerDocumentNumber;
        }
        return readModels.permit(contract.permitNumber).map((PermitView p) -> p.workerDocumentNumber).orElse(null);
    }

}
