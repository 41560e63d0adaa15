package kz.migration.contract.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.domain.LabourContract;

/**
 * What the worker may check publicly: status and key terms, and the contract's registry entries with what the worker
 * needs to prove them offline (the salt and each entry's leaf preimage).
 */
@Schema(description = "Status and key terms of a registered contract, and its registry entries with their leaf "
        + "preimages and the contract's salt, to prove offline that the contract is in the registry log with these "
        + "terms (docs/registry-proofs.md)")
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
        LocalDate terminatedOn,
        @Schema(description = "The contract's 32 random bytes, base64, that salt its state hash in the public log; given to no one else") String stateSalt,
        @Schema(description = "The contract's entries in the registry's Merkle tree, in order; a change made moments ago appears once the registry sequencer has chained it") List<PublicRegistryEntry> registryEntries) {

    public static PublicContractView of(LabourContract c, List<PublicRegistryEntry> registryEntries) {
        return new PublicContractView(c.contractNumber, c.status, c.employerBin, c.position, c.startDate, c.endDate,
                c.salary, c.currency, c.weeklyHours, c.terminatedOn, Base64.getEncoder().encodeToString(c.stateSalt),
                List.copyOf(registryEntries));
    }
}
