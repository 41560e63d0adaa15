package kz.migration.contract.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.contract.domain.AmendedTerms;
import kz.migration.contract.domain.LabourContract;

/**
 * The events of a contract's changes. They leave with its registry entry: {@link #NOT_CHAINED} is replaced by the
 * registry sequence when RegistrySequencer chains the entry.
 */
final class ContractEvents {

    /** Registry sequence of an event whose entry is not chained yet; the sequencer sets the real one. */
    static final long NOT_CHAINED = 0;

    private ContractEvents() {
    }

    static ContractRegistered registered(LabourContract c) {
        return new ContractRegistered(c.id, c.contractNumber, c.permitNumber,
                c.permitKind == null ? null : c.permitKind.name(), c.vacancyId, c.employerBin, c.employerIin,
                c.region, c.occupationCode, c.workerCitizenship, c.startDate, c.endDate, c.late, NOT_CHAINED,
                c.registeredAt, c.workerPassport, c.employerName, c.salary, c.currency, (int) c.weeklyHours,
                c.recruitmentAgencyBin);
    }

    /** The salary after the amendment travels only when the amendment changed it (ContractAmended says so). */
    static ContractAmended amended(LabourContract c, List<String> changed, boolean late, Instant at) {
        boolean salaryChanged = changed.contains(AmendedTerms.SALARY);
        return new ContractAmended(c.id, c.contractNumber, c.permitNumber, c.employerBin, c.employerIin, c.region,
                List.copyOf(changed), late, NOT_CHAINED, at, salaryChanged ? c.salary : null,
                salaryChanged ? c.currency : null);
    }

    static ContractTerminated terminated(LabourContract c, Instant at) {
        return new ContractTerminated(c.id, c.contractNumber, c.permitNumber, c.employerBin, c.employerIin, c.region,
                c.terminatedOn, c.terminationReason.name(), NOT_CHAINED, at);
    }

    static ForeignWorkerReplaced replaced(LabourContract c, LocalDate replacedOn, Instant at) {
        return new ForeignWorkerReplaced(c.id, c.contractNumber, c.permitNumber, c.employerBin, c.employerIin,
                c.region, c.occupationCode, replacedOn, at);
    }
}
