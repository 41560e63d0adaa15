package kz.migration.contract.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.TerminationReason;

/** A registered contract as its employer, the region's officer, the ministry and auditors see it. */
@Schema(description = "A registered labour contract")
public record ContractView(
        UUID id,
        String contractNumber,
        @Schema(description = "Absent for a citizen of an EAEU member state, who needs no permit") String permitNumber,
        @Schema(description = "Absent when the contract rests on no permit") PermitKind permitKind,
        @Schema(description = "The employer's BIN; absent when the employer is a private individual") String employerBin,
        @Schema(description = "The IIN of an employer who is a private individual hiring for the household; absent for a company") String employerIin,
        String region,
        WorkerDetails worker,
        String position,
        String occupationCode,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(type = SchemaType.STRING) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal salary,
        String currency,
        int weeklyHours,
        LocalDate signedOn,
        Instant registeredAt,
        @Schema(description = "Registered more than the deadline's working days after signing") boolean late,
        ContractStatus status,
        LocalDate terminatedOn,
        TerminationReason terminationReason,
        String terminationNote,
        int amendmentCount,
        int lateAmendments,
        @Schema(description = "Day a citizen replaced the worker, if reported") LocalDate replacedByCitizenOn,
        @Schema(description = "The registry sequences of the contract's entries in the registry log (registration, amendments, termination, ...), in order; a change is listed once the registry sequencer has chained it, moments after its commit") List<Long> registrySequences,
        long version,
        @Schema(description = "The employer's name as registered; absent when the employer gave none") String employerName,
        @Schema(description = "BIN of the recruiting agency as registered; absent when none was named") String recruitmentAgencyBin) {

    public static ContractView of(LabourContract c, LocalDate replacedOn, List<Long> registrySequences) {
        return new ContractView(c.id, c.contractNumber, c.permitNumber, c.permitKind, c.employerBin, c.employerIin,
                c.region,
                new WorkerDetails(c.workerFullName, c.workerPassport, c.workerCitizenship, c.workerIin), c.position,
                c.occupationCode, c.startDate, c.endDate, c.salary, c.currency, c.weeklyHours, c.signedOn,
                c.registeredAt, c.late, c.status, c.terminatedOn, c.terminationReason, c.terminationNote,
                c.amendmentCount, c.lateAmendments, replacedOn, List.copyOf(registrySequences), c.version,
                c.employerName,
                c.recruitmentAgencyBin);
    }
}
