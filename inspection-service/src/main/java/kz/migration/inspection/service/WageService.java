package kz.migration.inspection.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.inspection.api.WagePaymentRequest;
import kz.migration.inspection.api.WagePaymentView;
import kz.migration.inspection.api.WageRecordView;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.InspectionProblems;
import kz.migration.inspection.domain.WagePayment;
import kz.migration.inspection.domain.WagePolicy;
import kz.migration.inspection.repository.ReadModelRepository;
import kz.migration.inspection.repository.WageRepository;

/**
 * Salary payments reported by the payment gateway, once per payment reference, and the wage record of a contract for
 * its employer, the region's inspectors and auditors.
 */
@ApplicationScoped
public class WageService {

    /** A report and whether it repeats an earlier one with the same payment reference. */
    public record Reported(WagePaymentView payment, boolean replayed) {
    }

    @Inject
    ReadModelRepository readModels;

    @Inject
    WageRepository wages;

    @Inject
    WageRecords records;

    @Inject
    WagePolicy policy;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited(value = "wage-payment.report", idFrom = "paymentReference")
    public Reported report(WagePaymentRequest request) {
        YearMonth month = YearMonth.parse(request.period());
        LocalDate period = month.atDay(1);
        BigDecimal amount = request.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
        var earlier = wages.byReference(request.paymentReference());
        if (earlier.isPresent()) {
            return replay(earlier.get(), request, period, amount);
        }
        ContractView contract = readModels.contract(request.contractNumber())
                .orElseThrow(() -> new ProblemException(InspectionProblems.WAGE_CONTRACT_UNKNOWN,
                        "No contract " + request.contractNumber() + " is registered (a contract registered a moment "
                                + "ago may take a few seconds to arrive; retry)"));
        if (!policy.payable(request.currency())) {
            throw new ProblemException(InspectionProblems.WAGE_NOT_IN_TENGE,
                    "Wages are paid in tenge (Labour Code art. 113(1)), not " + request.currency());
        }
        if (month.isBefore(YearMonth.from(contract.startDate))
                || (contract.lastDay() != null && month.isAfter(YearMonth.from(contract.lastDay())))) {
            throw new ProblemException(InspectionProblems.WAGE_PERIOD_OUTSIDE_CONTRACT,
                    "Contract " + contract.contractNumber + " runs from " + contract.startDate + " to "
                            + (contract.lastDay() == null ? "no end date" : contract.lastDay()) + ", not in "
                            + month);
        }
        WagePayment payment = new WagePayment();
        payment.id = UUID.randomUUID();
        payment.paymentReference = request.paymentReference();
        payment.contractNumber = contract.contractNumber;
        payment.period = period;
        payment.amount = amount;
        payment.currency = request.currency();
        payment.paidOn = request.paidOn();
        payment.reportedAt = clock.instant();
        payment.reportedBy = caller.subject();
        if (!wages.insert(payment)) {
            // Another request with this reference committed first.
            return replay(wages.byReference(request.paymentReference()).orElseThrow(), request, period, amount);
        }
        return new Reported(WagePaymentView.of(payment), false);
    }

    @Transactional
    @Audited(value = "wage-record.read", read = true)
    public WageRecordView record(String contractNumber) {
        ContractView contract = readModels.contract(contractNumber).orElse(null);
        caller.requireAccess(contract, contract == null ? null : employerOf(contract),
                contract == null ? null : contract.region, "Contract", contractNumber);
        LocalDate today = LocalDate.now(clock);
        return new WageRecordView(contract.contractNumber, contract.employerBin, records.currentSalary(contract, today),
                WagePolicy.TENGE, records.months(contract, today));
    }

    private Reported replay(WagePayment earlier, WagePaymentRequest request, LocalDate period, BigDecimal amount) {
        if (!earlier.sameAs(request.contractNumber(), period, amount, request.currency(), request.paidOn())) {
            throw new ProblemException(InspectionProblems.PAYMENT_REFERENCE_REUSED,
                    "Payment reference " + request.paymentReference() + " was reported with other details");
        }
        return new Reported(WagePaymentView.of(earlier), true);
    }

    private static String employerOf(ContractView contract) {
        return contract.employerBin != null ? contract.employerBin : contract.employerIin;
    }
}
