package kz.migration.permit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.InternalAffairsAgreement;
import kz.migration.permit.domain.IssuingAuthority;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;
import kz.migration.permit.domain.LocalExecutiveDecision;
import kz.migration.permit.domain.TaxDue;
import kz.migration.permit.domain.TaxResidency;

/** A labour-immigrant permit request and, once issued, the permit; {@code taxDue} is its latest tax. */
@Schema(example = """
        {"id": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "permitNumber": "LI-2026-000007", "status": "ISSUED",
         "issuingAuthority": "LOCAL_EXECUTIVE_BODY", "fullName": "Aziz Karimov", "citizenship": "UZ",
         "passportNumber": "FA7345120", "region": "750000000", "occupationCode": "9111", "months": 3,
         "taxResidency": "NON_RESIDENT", "validFrom": "2026-12-08", "validTo": "2027-03-07",
         "requestedAt": "2026-12-01T06:12:00Z", "agreement": "AGREED", "decision": "APPROVED", "quotaYear": 2026,
         "taxDue": {"reference": "LIT-2026-00000042", "purpose": "ISSUE", "months": 3, "taxYear": 2026,
          "taxResidency": "NON_RESIDENT", "amount": {"amount": "51900.00", "currency": "KZT"},
          "dueDate": "2026-12-15", "status": "PAID", "paymentReference": "KZPAY-2026-12-08-004411",
          "paidAt": "2026-12-08T05:30:00Z"}}""")
public record LabourImmigrantPermitView(
        UUID id,
        String permitNumber,
        LabourImmigrantPermitStatus status,
        IssuingAuthority issuingAuthority,
        String fullName,
        String citizenship,
        String passportNumber,
        String iin,
        String region,
        String occupationCode,
        int months,
        TaxResidency taxResidency,
        LocalDate validFrom,
        LocalDate validTo,
        Instant requestedAt,
        InternalAffairsAgreement agreement,
        LocalExecutiveDecision decision,
        Integer quotaYear,
        String refusalReason,
        LabourImmigrantTaxDueView taxDue) {

    public static LabourImmigrantPermitView of(LabourImmigrantPermit p, TaxDue latestDue) {
        return new LabourImmigrantPermitView(p.id, p.permitNumber, p.status, p.issuingAuthority, p.workerFullName,
                p.workerCitizenship, p.workerPassport, p.workerIin, p.region, p.occupationCode, p.months,
                p.taxResidency, p.validFrom, p.validTo, p.requestedAt, p.agreement, p.decision, p.quotaYear,
                p.refusalReason, latestDue == null ? null : LabourImmigrantTaxDueView.of(latestDue, p.permitNumber));
    }
}
