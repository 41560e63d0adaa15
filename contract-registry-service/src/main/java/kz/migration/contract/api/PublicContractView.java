package kz.migration.contract.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.domain.LabourContract;

/** What the worker may check publicly: status and key terms, no personal data. */
@Schema(description = "Status and key terms of a registered contract")
public record PublicContractView(
        String contractNumber,
        ContractStatus status,
        @Schema(description = "A company employer's BIN; absent when the employer is a private individual, whose IIN is personal data") String employerBin,
        String position,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
        String currency,
        int weeklyHours,
        LocalDate terminatedOn) {

    public static PublicContractView of(LabourContract c) {
        return new PublicContractView(c.contractNumber, c.status, c.employerBin, c.position, c.startDate, c.endDate,
                c.salary, c.currency, c.weeklyHours, c.terminatedOn);
    }
}
