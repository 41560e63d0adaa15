package kz.migration.contract.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.contract.domain.AmendedTerms;

/** An amendment of salary, position or end date; absent fields stay as they are. */
@Schema(description = "Changed terms; at least one of salary, position, endDate", example = """
        {"signedOn": "2027-03-01", "salary": "700000.00", "currency": "KZT", "endDate": "2028-02-29"}""")
public record AmendContractRequest(
        @Schema(description = "The day the amendment was signed") @NotNull LocalDate signedOn,
        @Size(min = 1, max = 200) String position,
        @Schema(type = SchemaType.STRING, example = "700000.00") @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        LocalDate endDate) {

    public AmendedTerms terms() {
        return new AmendedTerms(signedOn, position, salary, currency, endDate);
    }
}
