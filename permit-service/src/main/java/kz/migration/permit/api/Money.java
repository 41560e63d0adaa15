package kz.migration.permit.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An amount of money as a decimal string with its currency (tenge only). */
@Schema(example = "{\"amount\":\"450000.00\",\"currency\":\"KZT\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotNull @Pattern(regexp = "KZT", message = "must be KZT") String currency) {

    public static Money kzt(BigDecimal amount) {
        return amount == null ? null : new Money(amount.setScale(2, java.math.RoundingMode.HALF_UP), "KZT");
    }
}
