package kz.migration.permit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.TaxDue;
import kz.migration.permit.domain.TaxDuePurpose;
import kz.migration.permit.domain.TaxDueStatus;
import kz.migration.permit.domain.TaxResidency;

/** A labour immigrant's tax: what is due, under which reference, by when, and whether the gateway confirmed it. */
@Schema(example = """
        {"reference": "LIT-2026-00000042", "purpose": "ISSUE", "requestId": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10",
         "months": 3, "taxYear": 2026, "taxResidency": "NON_RESIDENT",
         "amount": {"amount": "51900.00", "currency": "KZT"}, "dueDate": "2026-12-22", "status": "DUE"}""")
public record LabourImmigrantTaxDueView(
        String reference,
        TaxDuePurpose purpose,
        UUID requestId,
        String permitNumber,
        int months,
        int taxYear,
        TaxResidency taxResidency,
        Money amount,
        LocalDate dueDate,
        TaxDueStatus status,
        String paymentReference,
        Instant paidAt) {

    public static LabourImmigrantTaxDueView of(TaxDue due, String permitNumber) {
        return new LabourImmigrantTaxDueView(due.reference, due.purpose, due.permitId, permitNumber, due.months,
                due.taxYear, due.taxResidency, Money.kzt(due.amount), due.dueDate, due.status, due.paymentReference,
                due.paidAt);
    }
}
