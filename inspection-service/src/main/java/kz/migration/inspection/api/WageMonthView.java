package kz.migration.inspection.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.inspection.domain.WageVerdict;

/** One month of a contract's wages: what the registered salary called for, what was paid, and the verdict. */
@Schema(description = "A month of wages: PAID, SHORT, MISSING, or PENDING while the month and its 15-day grace run")
public record WageMonthView(
        String contractNumber,
        @Schema(example = "2026-11") String period,
        @Schema(type = SchemaType.STRING, description = "What the registered salary calls for; absent when no salary is known") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected,
        @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
        WageVerdict verdict,
        List<Payment> payments) {

    /** One payment counted in the month. */
    public record Payment(String paymentReference,
            @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String currency, LocalDate paidOn) {
    }
}
