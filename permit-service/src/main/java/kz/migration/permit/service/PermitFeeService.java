package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.FeeDue;
import kz.migration.permit.api.FeePaymentRequest;
import kz.migration.permit.api.Money;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.domain.FeePayment;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.StateFee;
import kz.migration.permit.repository.FeePaymentRepository;
import kz.migration.permit.repository.PermitApplicationRepository;

/**
 * The state fee: what is due, as the payment gateway and the employer read it, and the gateway's callback that the
 * fee was paid, which issues the permit. The same payment reference again answers the same permit.
 */
@ApplicationScoped
public class PermitFeeService {

    private static final String WHAT = "Permit application";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    FeePaymentRepository payments;

    @Inject
    PermitIssuance issuance;

    @Inject
    PermitViews views;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The fee of an approved application; one that has none assessed (not approved, or a transfer) is 404. */
    @Audited(value = "permit-application.fee", read = true)
    public FeeDue feeDue(UUID id) {
        PermitApplication application = applications.findById(id);
        caller.requireAccess(application, application == null ? null : application.employerBin,
                application == null ? null : application.region, WHAT, id);
        if (application.feeAmount == null) {
            throw new ProblemException(PermitProblems.NO_FEE_DUE, "Application " + id + " has no state fee: "
                    + (!StateFee.isDue(application.category)
                            ? "intra-corporate transfers carry none"
                            : "it is " + application.status + " and a fee is assessed on approval"));
        }
        return views.feeDue(application);
    }

    @Transactional
    @Audited("permit-application.pay-fee")
    public PermitApplicationView payFee(UUID id, FeePaymentRequest request) {
        PermitApplication application = applications.lock(id).orElseThrow(() -> ProblemException.notFound(WHAT, id));
        FeePayment previous = payments.findById(request.paymentReference());
        if (previous != null) {
            if (previous.applicationId.equals(id)) {
                return views.view(application);
            }
            throw new ProblemException(PermitProblems.PAYMENT_REFERENCE_REUSED,
                    "Payment reference " + request.paymentReference() + " belongs to another application");
        }
        application.status.requireTransitionTo(PermitStatus.ISSUED);
        if (application.status != PermitStatus.AWAITING_FEE) {
            throw ProblemException
                    .conflict("Application " + id + " is " + application.status + ", not awaiting the fee")
                    .with("currentStatus", application.status.name());
        }
        if (!application.feeMatches(request.amount().amount())) {
            throw new ProblemException(PermitProblems.FEE_AMOUNT_MISMATCH, "The fee due is "
                    + application.feeAmount.toPlainString() + " KZT, paid " + request.amount().amount())
                    .with("feeDue", Money.kzt(application.feeAmount));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate paidOn = LocalDate.ofInstant(request.paidAt(), clock.getZone());
        if (paidOn.isAfter(today)) {
            throw ProblemException.invalid("paidAt", "is after the registry's present time");
        }
        if (!application.paidInTime(paidOn)) {
            throw new ProblemException(PermitProblems.FEE_OVERDUE, "The fee was due by " + application.feeDue
                    + " and paid on " + paidOn).with("feeDue", application.feeDue.toString());
        }
        application.passportAtIssue(paidOn).ifPresent(finding -> {
            throw RefusalProblems.of(List.of(finding));
        });
        FeePayment payment = new FeePayment();
        payment.paymentReference = request.paymentReference();
        payment.applicationId = id;
        payment.amount = request.amount().amount();
        payment.paidAt = request.paidAt();
        payment.receivedAt = clock.instant();
        payments.persist(payment);
        // The permit is issued on the day it was paid, so a payment made on 31 December keeps its quota year.
        issuance.issue(application, paidOn, caller.subject(), caller.role(),
                "fee paid, reference " + request.paymentReference());
        return views.view(application);
    }
}
