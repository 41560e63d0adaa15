package kz.migration.inspection.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.inspection.domain.WagePayment;

/** A reported salary payment. */
@Schema(description = "A salary payment as recorded", example = """
        {"id": "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e", "paymentReference": "HSBK-2026-11-000123456",
         "contractNumber": "LC-2026-000045", "period": "2026-11", "amount": "552500.00", "currency": "KZT",
         "paidOn": "2026-12-05", "reportedAt": "2026-12-05T09:00:00Z"}""")
public record WagePaymentView(UUID id, String paymentReference, String contractNumber, String period,
        @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency, LocalDate paidOn, Instant reportedAt) {

    public static WagePaymentView of(WagePayment p) {
        return new WagePaymentView(p.id, p.paymentReference, p.contractNumber, p.period.toString().substring(0, 7),
                p.amount, p.currency, p.paidOn, p.reportedAt);
    }
}
