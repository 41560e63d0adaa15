package kz.migration.inspection.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.inspection.domain.CaseEvidence;
import kz.migration.inspection.domain.WageVerdict;

/** One month of a wages case's evidence. */
@Schema(description = "A month the wage monitor found short or missing", example = EvidenceView.EXAMPLE)
public record EvidenceView(
        @Schema(example = "2027-01") String period,
        WageVerdict verdict,
        @Schema(type = SchemaType.STRING, description = "What the registered salary called for; absent when the salary is not known") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected,
        @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
        String currency) {

    public static final String EXAMPLE = """
            {"period": "2027-01", "verdict": "SHORT", "expected": "650000.00", "paid": "480000.00", "currency": "KZT"}""";

    public static EvidenceView of(CaseEvidence e) {
        return new EvidenceView(e.period.toString().substring(0, 7), e.verdict, e.expected, e.paid, e.currency);
    }
}
