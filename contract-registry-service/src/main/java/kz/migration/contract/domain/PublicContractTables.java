package kz.migration.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.rules.Rule;
import kz.migration.common.statistics.CountTable;
import kz.migration.common.statistics.MonthEndPublication;
import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.TableChain;

/**
 * The contract statistics the public sees: the ministry's registrations by region (status, late registrations,
 * amendments, replacements by citizens) as four tables of the same contracts linked in a chain (replacement ×
 * status, status × region, region × registration, registration × amendment: each table's columns the next one's
 * rows), as of the end of the last full month, with small cells suppressed over the four at once.
 */
public final class PublicContractTables {

    public static final String ACTIVE = "ACTIVE";
    public static final String TERMINATED = "TERMINATED";
    public static final String ENDED_WITH_PERMIT = "ENDED_WITH_PERMIT";
    public static final List<String> STATUSES = List.of(ACTIVE, TERMINATED, ENDED_WITH_PERMIT);
    public static final List<String> REGISTRATIONS = List.of("ON_TIME", "LATE");
    public static final List<String> AMENDMENTS = List.of("NOT_AMENDED", "AMENDED_ON_TIME", "AMENDED_LATE");
    public static final List<String> REPLACEMENTS = List.of("REPLACED_BY_CITIZEN", "NOT_REPLACED");

    /**
     * Contracts of one combination, as the registry had recorded them by the end of the day counted: whether the
     * employer had terminated the contract, whether its permit had ended it, whether it had been amended (late at
     * least once), whether a citizen had replaced the worker.
     */
    public record ContractCount(String region, boolean late, boolean terminated, boolean permitEnded, boolean amended,
            boolean amendedLate, boolean replaced, long contracts) {
    }

    private PublicContractTables() {
    }

    /**
     * The last day the public figures of {@code year} count: the end of the last full month before {@code today}, or
     * the year's last day once it is over; empty while the year has no full month behind it. The figures then change
     * once a month, not with each registration or termination, so two visits a day apart cannot tell one person's
     * contract.
     */
    @Rule("contract.statistics.public-month-end")
    public static Optional<LocalDate> asOf(int year, LocalDate today) {
        return MonthEndPublication.lastDayCounted(year, today);
    }

    /**
     * A contract's status on the day counted, as the ministry's statistics count it: terminated by the employer
     * (final, even after its permit ended), else ended with its permit, else active.
     */
    @Rule("contract.statistics.public-tables")
    public static String status(ContractCount count) {
        if (count.terminated()) {
            return TERMINATED;
        }
        return count.permitEnded() ? ENDED_WITH_PERMIT : ACTIVE;
    }

    /** Amended late when any amendment was registered late, else amended on time when amended at all. */
    @Rule("contract.statistics.public-tables")
    public static String amendment(ContractCount count) {
        if (count.amendedLate()) {
            return "AMENDED_LATE";
        }
        return count.amended() ? "AMENDED_ON_TIME" : "NOT_AMENDED";
    }

    /**
     * The four linked tables. Every region of the classifier is a row, with or without contracts, so that the list
     * of regions tells nothing; a region outside it (none is registered) would be listed after them.
     */
    @Rule("contract.statistics.public-tables")
    public static TableChain chain(List<ContractCount> counts) {
        List<String> regions = new ArrayList<>(KatoRegions.all().keySet());
        TreeSet<String> others = new TreeSet<>();
        counts.stream().map(ContractCount::region).filter(r -> !regions.contains(r)).forEach(others::add);
        regions.addAll(others);
        long[][] replacementByStatus = new long[REPLACEMENTS.size()][STATUSES.size()];
        long[][] statusByRegion = new long[STATUSES.size()][regions.size()];
        long[][] regionByRegistration = new long[regions.size()][REGISTRATIONS.size()];
        long[][] registrationByAmendment = new long[REGISTRATIONS.size()][AMENDMENTS.size()];
        for (ContractCount count : counts) {
            int replacement = count.replaced() ? 0 : 1;
            int status = STATUSES.indexOf(status(count));
            int region = regions.indexOf(count.region());
            int registration = count.late() ? 1 : 0;
            int amendment = AMENDMENTS.indexOf(amendment(count));
            replacementByStatus[replacement][status] += count.contracts();
            statusByRegion[status][region] += count.contracts();
            regionByRegistration[region][registration] += count.contracts();
            registrationByAmendment[registration][amendment] += count.contracts();
        }
        return TableChain.of(
                new CountTable("contractsByReplacementAndStatus", "replacement", REPLACEMENTS, "status", STATUSES,
                        replacementByStatus),
                new CountTable("contractsByStatusAndRegion", "status", STATUSES, "region", regions, statusByRegion),
                new CountTable("contractsByRegionAndRegistration", "region", regions, "registration", REGISTRATIONS,
                        regionByRegistration),
                new CountTable("contractsByRegistrationAndAmendment", "registration", REGISTRATIONS, "amendment",
                        AMENDMENTS, registrationByAmendment));
    }

    /**
     * The tables as published: every count under 5, zero included, shown as "&lt;5", and enough other figures (totals
     * too) hidden as "x" that none is recoverable; withheld whole where no such pattern exists.
     */
    @Rule("contract.statistics.small-cell-suppression")
    @Rule("contract.statistics.complementary-suppression")
    public static SuppressedChain publish(List<ContractCount> counts) {
        return new SmallCellSuppression().apply(chain(counts));
    }
}
