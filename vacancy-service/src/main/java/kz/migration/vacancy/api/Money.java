package kz.migration.vacancy.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A monthly amount as a decimal string with its currency; vacancies are paid in tenge. */
@Schema(name = "Money", example = """
        {"amount": "450000.00", "currency": "KZT"}""")
public record Money(
        @NotNull @DecimalMin("1") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "450000.00") BigDecimal amount,
        @NotNull @Pattern(regexp = "KZT", message = "must be KZT") String currency) {
}
