package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.contract.api.ContractLookupRequest;
import kz.migration.contract.api.ContractStatistics;
import kz.migration.contract.api.ContractView;
import kz.migration.contract.api.PublicContractView;
import kz.migration.contract.api.PublicRegistryEntry;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.repository.ContractRepository;
import kz.migration.contract.repository.RegistryRepository;

/**
 * Reads of contracts, scoped to the caller: an employer (company or individual) sees only its own contracts, an
 * officer only its region's, the ministry and auditors everything; the worker checks a contract publicly.
 */
@ApplicationScoped
public class ContractQueryService {

    @Inject
    ContractRepository contracts;

    @Inject
    RegistryRepository registry;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The contract if the caller may see it; another owner's contract is the same 404 as a missing one. */
    @Transactional
    @Audited(value = "contract.read", read = true)
    public ContractView get(UUID id) {
        LabourContract c = contracts.findById(id);
        // An employer owns the contract only as the same kind of employer (ContractEmployer), not by digits alone.
        String owner = c != null && (!caller.is(Roles.EMPLOYER) || c.isOwnedBy(employer())) ? c.employer().id() : null;
        caller.requireAccess(c, owner, c == null ? null : c.region, "Contract", id);
        return ContractView.of(c, contracts.replacement(id).map(r -> r.replacedOn).orElse(null),
                registry.sequencesOf(id));
    }

    /**
     * The worker's public check: the same 404 whether the number is unknown or the passport does not match. Who
     * knows both gets the contract's salt and its entries' leaf preimages, to prove the entries offline.
     */
    @Transactional
    public PublicContractView lookup(ContractLookupRequest request) {
        LabourContract c = contracts.findByNumber(request.contractNumber())
                .filter(found -> found.workerPassport.equals(request.passportNumber()))
                .orElseThrow(() -> ProblemException.notFound("Contract", request.contractNumber()));
        return PublicContractView.of(c, registry.treeEntriesOf(c.id).stream()
                .map(entry -> PublicRegistryEntry.of(entry, c.id, c.stateSalt)).toList());
    }

    /** Search; employers see only their own contracts and officers only their region's, whatever they ask for. */
    @Transactional
    @Audited(value = "contract.search", read = true)
    public Page<ContractView> search(ContractRepository.Filter requested, String cursor, int limit) {
        ContractRepository.Filter filter = requested;
        if (caller.is(Roles.EMPLOYER)) {
            ContractEmployer employer = employer();
            if (!matches(requested.employerBin(), employer.bin()) || !matches(requested.employerIin(),
                    employer.iin())) {
                return new Page<>(List.of(), null);
            }
            filter = requested.scopedTo(employer.bin(), employer.iin(), requested.region());
        } else if (caller.is(Roles.OFFICER)) {
            String region = caller.officerRegion();
            if (!matches(requested.region(), region)) {
                return new Page<>(List.of(), null);
            }
            filter = requested.scopedTo(requested.employerBin(), requested.employerIin(), region);
        }
        List<LabourContract> found = contracts.search(filter, decodeCursor(cursor), limit);
        List<UUID> shown = found.stream().limit(limit).map(c -> c.id).toList();
        Map<UUID, LocalDate> replaced = contracts.replacementDates(shown);
        Map<UUID, List<Long>> sequences = registry.sequencesOf(shown);
        return Page.of(found, limit, c -> new Object[]{ChronoUnit.MICROS.between(Instant.EPOCH, c.registeredAt), c.id},
                c -> ContractView.of(c, replaced.get(c.id), sequences.getOrDefault(c.id, List.of())));
    }

    /** Registrations of {@code year} by region; an officer sees only their own region. */
    @Transactional
    public ContractStatistics statistics(int year, String region) {
        String scope = region;
        if (caller.is(Roles.OFFICER)) {
            scope = caller.officerRegion();
            if (region != null && !region.equals(scope)) {
                return new ContractStatistics(year, List.of());
            }
        }
        ZoneId zone = clock.getZone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant before = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        return new ContractStatistics(year, contracts.statistics(from, before, scope));
    }

    private ContractEmployer employer() {
        return new ContractEmployer(caller.employerId(), caller.isIndividualEmployer());
    }

    /** A filter the caller asked for is compatible with its own scope: absent, or the same value. */
    private static boolean matches(String requested, String own) {
        return requested == null || requested.equals(own);
    }

    private static ContractRepository.Cursor decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> parts = PageCursor.decode(cursor, 2);
        try {
            return new ContractRepository.Cursor(Instant.EPOCH.plus(Long.parseLong(parts.get(0)), ChronoUnit.MICROS),
                    UUID.fromString(parts.get(1)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }
}
