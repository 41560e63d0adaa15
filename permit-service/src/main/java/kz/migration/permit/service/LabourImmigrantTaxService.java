package kz.migration.permit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.permit.LabourImmigrantTaxDue;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.permit.api.LabourImmigrantTaxDueView;
import kz.migration.permit.api.LabourImmigrantTaxPayment;
import kz.migration.permit.config.LabourImmigrantRules;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantTax;
import kz.migration.permit.domain.TaxDue;
import kz.migration.permit.domain.TaxDuePurpose;
import kz.migration.permit.domain.TaxPayment;
import kz.migration.permit.domain.TaxResidency;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.repository.LabourImmigrantTaxDueRepository;

/**
 * The labour immigrant's prepaid income tax: it falls due (the amount by year and residency, the date in working
 * days), the payment gateway reads it and confirms the payment, and an unpaid one lapses. Every change is made under
 * the permit's row lock.
 */
@ApplicationScoped
public class LabourImmigrantTaxService {

    private static final String WHAT = "Labour-immigrant tax";

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    LabourImmigrantTaxDueRepository dues;

    @Inject
    LabourImmigrantTax tax;

    @Inject
    LabourImmigrantRules rules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The last day a tax falling due today may be paid. */
    LocalDate dueDate(LocalDate today) {
        return calendar.plusWorkingDays(today, rules.taxWorkingDays());
    }

    /**
     * Refuses a request whose tax the reference data cannot give (503) when it is filed, rather than when it is
     * approved; the approval computes it again for its own year.
     */
    void requireKnown(TaxResidency residency, int months) {
        tax.due(LocalDate.now(clock).getYear(), residency, months);
    }

    /** The tax of the permit's first months falls due: at the request, or at the local executive body's approval. */
    TaxDue firstMonthsFallDue(LabourImmigrantPermit permit) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        BigDecimal amount = tax.due(year, permit.taxResidency, permit.months);
        return announce(permit, permit.taxFallsDue(dues.nextReference(year), year, amount, dueDate(today),
                clock.instant()));
    }

    /** An extension's tax falls due; it must be paid while the permit still runs. */
    TaxDue extensionFallsDue(LabourImmigrantPermit permit, int months,
            TaxResidency residency) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        BigDecimal amount = tax.due(year, residency, months);
        LocalDate due = dueDate(today).isAfter(permit.validTo) ? permit.validTo : dueDate(today);
        return announce(permit, permit.extensionFallsDue(dues.nextReference(year), months, residency, year, amount,
                due, clock.instant()));
    }

    private TaxDue announce(LabourImmigrantPermit permit,
            TaxDue due) {
        dues.persist(due);
        outbox.append(permit.id.toString(), new LabourImmigrantTaxDue(due.reference, permit.id, permit.permitNumber,
                due.purpose.name(), permit.region, due.months, due.taxYear, due.taxResidency.name(), due.amount,
                "KZT", due.dueDate, due.createdAt));
        return due;
    }

    /** What the payment gateway collects under {@code reference}. */
    @Audited(value = "labour-immigrant-tax.read", read = true)
    public LabourImmigrantTaxDueView get(String reference) {
        TaxDue due = dues.findByIdOptional(reference)
                .orElseThrow(() -> ProblemException.notFound(WHAT, reference));
        return LabourImmigrantTaxDueView.of(due, permits.findById(due.permitId).permitNumber);
    }

    /**
     * The gateway confirms a payment: the amount must be the one due and paid by the due date. Only then is the
     * quota unit asked for (or the extension applied). The same payment reference again answers the same.
     */
    @Transactional
    @Audited("labour-immigrant-tax.confirm")
    public LabourImmigrantTaxDueView confirm(String reference, LabourImmigrantTaxPayment request) {
        UUID permitId = dues.permitOf(reference).orElseThrow(() -> ProblemException.notFound(WHAT, reference));
        LabourImmigrantPermit permit = permits.lock(permitId).orElseThrow();
        TaxDue due = dues.findById(reference);
        TaxPayment payment = new TaxPayment(request.paymentReference(), request.amount().amount(), request.paidAt());
        dues.byPaymentReference(payment.reference()).ifPresent(settled -> {
            if (!settled.reference.equals(reference)) {
                throw new ProblemException(PermitProblems.PAYMENT_REFERENCE_REUSED, "Payment reference "
                        + payment.reference() + " settled another labour-immigrant tax");
            }
        });
        if (due.confirmedBy(payment)) {
            return LabourImmigrantTaxDueView.of(due, permit.permitNumber);
        }
        due.requireOpen();
        LabourImmigrantRefusals.requireNone(due.refusalsOf(payment, clock.getZone()));
        Instant now = clock.instant();
        if (due.purpose == TaxDuePurpose.ISSUE) {
            outbox.append(permit.id.toString(), permit.taxPaid(due, payment, LocalDate.now(clock), now));
        } else {
            outbox.append(permit.id.toString(), permit.extensionPaid(due, payment, now));
            permits.recordExtension(due.reference, permit.id, due.months, due.amount, permit.validTo, now);
        }
        return LabourImmigrantTaxDueView.of(due, permit.permitNumber);
    }

    /**
     * Taxes unpaid past their due date and the gateway's grace lapse: a request with its first months, an extension
     * alone. The permits are locked with SKIP LOCKED, so two instances never take the same one.
     */
    @Transactional
    public int lapseUnpaid() {
        LocalDate today = LocalDate.now(clock);
        List<String> overdue = dues.claimOverdue(today.minusDays(rules.taxPaymentGraceDays()), rules.jobBatchSize());
        for (String reference : overdue) {
            TaxDue due = dues.findById(reference);
            LabourImmigrantPermit permit = permits.findById(due.permitId);
            permit.lapseUnpaid(due, today, rules.taxPaymentGraceDays(), clock.instant())
                    .ifPresent(lapsed -> outbox.append(permit.id.toString(), lapsed));
        }
        return overdue.size();
    }
}
