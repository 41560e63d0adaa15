package kz.migration.inspection.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A contract's wage-payment record, month by month. */
@Schema(description = "The payment status of a contract, month by month", example = """
        {"contractNumber": "LC-2026-000045", "employerBin": "120640004563", "salary": "650000.00", "currency": "KZT",
         "months": [{"contractNumber": "LC-2026-000045", "period": "2026-10", "expected": "650000.00",
         "paid": "552500.00", "verdict": "PAID", "payments": [{"paymentReference": "HSBK-2026-10-000100200",
         "amount": "552500.00", "currency": "KZT", "paidOn": "2026-11-05"}]},
         {"contractNumber": "LC-2026-000045", "period": "2026-11", "expected": "650000.00", "paid": "0",
         "verdict": "PENDING", "payments": []}]}""")
public record WageRecordView(String contractNumber, String employerBin,
        @Schema(type = SchemaType.STRING, description = "The monthly salary in force now, as registered (or as the permit declared)") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
        String currency, List<WageMonthView> months) {
}
