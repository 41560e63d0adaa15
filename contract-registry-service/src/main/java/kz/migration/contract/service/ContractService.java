package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.event.contract.ContractAmended;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.contract.ContractTerminated;
import kz.migration.common.event.contract.ForeignWorkerReplaced;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.contract.api.AmendContractRequest;
import kz.migration.contract.api.ContractLookupRequest;
import kz.migration.contract.api.ContractStatistics;
import kz.migration.contract.api.ContractView;
import kz.migration.contract.api.PublicContractView;
import kz.migration.contract.api.RegisterContractRequest;
import kz.migration.contract.api.ReportReplacementRequest;
import kz.migration.contract.api.TerminateContractRequest;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.ContractAmendment;
import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.domain.ForeignWorkerReplacement;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.domain.RegistryAction;
import kz.migration.contract.repository.ContractRepository;
import kz.migration.contract.repository.PermitViewRepository;

/**
 * Registers, amends and terminates labour contracts against the permit read-model, records replacements by
 * citizens, and writes every change to the registry log and the outbox in the same transaction.
 */
@ApplicationScoped
public class ContractService {

    /** Registry sequence of an event whose entry is not chained yet; the sequencer sets the real one. */
    private static final long NOT_CHAINED = 0;

    @Inject
    ContractRepository contracts;

    @Inject
    PermitViewRepository permits;

    @Inject
    RegistryService registry;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ContractRegistryConfig config;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** Registers the contract of the employer {@code employerBin}; a retry with the same key replays the result. */
    @Transactional
    @Audited(value = "contract.register", idFrom = "permitNumber")
    public IdempotencyKeys.Outcome<ContractView> register(String employerBin, String idempotencyKey,
            RegisterContractRequest request) {
        return idempotencyKeys.once("register-contract:" + employerBin, idempotencyKey, request, ContractView.class,
                () -> registerOnce(employerBin, request));
    }

    private ContractView registerOnce(String employerBin, RegisterContractRequest request) {
        LocalDate today = LocalDate.now(clock);
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        if (request.signedOn().isAfter(today)) {
            throw ProblemException.invalid("signedOn", "must not be in the future");
        }
        PermitView permit = permits.lock(request.permitNumber())
                .orElseThrow(() -> new ProblemException(ContractProblems.PERMIT_UNKNOWN,
                        "No permit " + request.permitNumber() + " has been issued").with("permitNumber",
                                request.permitNumber()));
        refuseMismatches(employerBin, request, permit);
        if (permit.kind == PermitKind.EMPLOYER && contracts.hasActiveContract(permit.permitNumber)) {
            throw new ProblemException(ContractProblems.PERMIT_IN_USE, "Permit " + permit.permitNumber
                    + " already backs an active contract; terminate it before registering another");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LabourContract c = new LabourContract();
        c.id = UUID.randomUUID();
        c.contractNumber = contractNumber(today.getYear(), contracts.nextContractNumber());
        c.permitNumber = permit.permitNumber;
        c.permitKind = permit.kind;
        c.vacancyId = permit.vacancyId;
        c.employerBin = employerBin;
        c.region = request.region();
        c.workerFullName = request.worker().fullName();
        c.workerPassport = request.worker().passportNumber();
        c.workerCitizenship = request.worker().citizenship();
        c.workerIin = request.worker().iin();
        c.position = request.position();
        c.occupationCode = request.occupationCode();
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.salary = request.salary().setScale(2);
        c.currency = request.currency();
        c.weeklyHours = request.weeklyHours().shortValue();
        c.signedOn = request.signedOn();
        c.registeredAt = now;
        c.late = isLateRegistration(request.signedOn(), today);
        c.status = ContractStatus.ACTIVE;
        contracts.persist(c);
        // No lock on the registry chain here: the entry is pending until RegistrySequencer chains it, and the
        // event leaves with it (NOT_CHAINED is replaced by the registry sequence then). Other writes (audit rows)
        // may come before or after this call; nothing in this transaction waits for other registrations.
        registry.record(c, RegistryAction.REGISTERED, null, new ContractRegistered(c.id, c.contractNumber,
                c.permitNumber, c.permitKind.name(), c.vacancyId, c.employerBin, c.region, c.occupationCode,
                c.startDate, c.endDate, c.late, NOT_CHAINED, now));
        return ContractView.of(c, null);
    }

    /** LC-2026-000042: the registration year and the number, at least six digits (java.util.Formatter is slow). */
    static String contractNumber(int year, long number) {
        String digits = Long.toString(number);
        return "LC-" + year + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    /**
     * Late when more than the deadline's working days have passed after signing, counting today: registering on
     * the 5th working day after signing is on time, on the 6th it is late. Counted forward from the signing date
     * (a few days' walk), never across the years between signing and today, which a client chooses.
     */
    boolean isLateRegistration(LocalDate signedOn, LocalDate today) {
        return !calendar.plusWorkingDays(signedOn, config.registrationDeadlineWorkingDays() + 1).isAfter(today);
    }

    /** Refuses with the first mismatch's problem type; every mismatch found is listed in {@code mismatches}. */
    private void refuseMismatches(String employerBin, RegisterContractRequest request, PermitView permit) {
        List<ProblemException> found = new ArrayList<>();
        if (permit.status != PermitStatus.ISSUED) {
            found.add(new ProblemException(ContractProblems.PERMIT_NOT_ISSUED,
                    "Permit " + permit.permitNumber + " is " + permit.status).with("permitStatus",
                            permit.status.name()));
        }
        if (permit.kind == PermitKind.EMPLOYER && !employerBin.equals(permit.employerBin)) {
            found.add(new ProblemException(ContractProblems.PERMIT_OTHER_EMPLOYER,
                    "Permit " + permit.permitNumber + " was not issued to employer " + employerBin));
        }
        if (!permit.workerDocumentNumber.equals(request.worker().passportNumber())) {
            found.add(new ProblemException(ContractProblems.WORKER_DOCUMENT_MISMATCH,
                    "The worker's passport is not the one permit " + permit.permitNumber + " was issued on"));
        }
        if (!permit.region.equals(request.region())) {
            found.add(new ProblemException(ContractProblems.PERMIT_REGION_MISMATCH,
                    "Permit " + permit.permitNumber + " is valid in region " + permit.region + ", not "
                            + request.region())
                    .with("permitRegion", permit.region));
        }
        if (permit.occupationCode != null && !permit.occupationCode.equals(request.occupationCode())) {
            found.add(new ProblemException(ContractProblems.PERMIT_OCCUPATION_MISMATCH,
                    "Permit " + permit.permitNumber + " is for occupation " + permit.occupationCode + ", not "
                            + request.occupationCode())
                    .with("permitOccupationCode", permit.occupationCode));
        }
        if (!permit.covers(request.startDate())
                || (request.endDate() != null && !permit.covers(request.endDate()))) {
            found.add(new ProblemException(ContractProblems.OUTSIDE_PERMIT_VALIDITY,
                    "The contract must start and end within the permit's validity " + permit.validFrom + " to "
                            + permit.validTo)
                    .with("permitValidFrom", permit.validFrom.toString())
                    .with("permitValidTo", permit.validTo.toString()));
        }
        if (!found.isEmpty()) {
            throw found.get(0).with("mismatches", found.stream().map(p -> p.type().slug()).toList());
        }
    }

    @Transactional
    @Audited("contract.amend")
    public ContractView amend(String employerBin, UUID id, long expectedVersion, AmendContractRequest request) {
        LabourContract c = ownContract(employerBin, id, expectedVersion);
        if (c.status != ContractStatus.ACTIVE) {
            throw ProblemException.conflict("Only an active contract can be amended; this one is " + c.status)
                    .with("status", c.status.name());
        }
        LocalDate today = LocalDate.now(clock);
        if (request.signedOn().isAfter(today)) {
            throw ProblemException.invalid("signedOn", "must not be in the future");
        }
        if (request.signedOn().isBefore(c.signedOn)) {
            throw ProblemException.invalid("signedOn", "must not be before the contract was signed");
        }
        if (request.currency() != null && request.salary() == null) {
            throw ProblemException.invalid("currency", "may only change together with salary");
        }
        List<String> changed = new ArrayList<>();
        if (request.position() != null && !request.position().equals(c.position)) {
            changed.add("position");
        }
        if (request.salary() != null && (request.salary().compareTo(c.salary) != 0
                || (request.currency() != null && !request.currency().equals(c.currency)))) {
            changed.add("salary");
        }
        if (request.endDate() != null && !request.endDate().equals(c.endDate)) {
            if (request.endDate().isBefore(c.startDate)) {
                throw ProblemException.invalid("endDate", "must not be before the contract's start date");
            }
            PermitView permit = permits.findById(c.permitNumber);
            if (!permit.covers(request.endDate())) {
                throw new ProblemException(ContractProblems.OUTSIDE_PERMIT_VALIDITY,
                        "The contract must end within the permit's validity " + permit.validFrom + " to "
                                + permit.validTo)
                        .with("permitValidTo", permit.validTo.toString());
            }
            changed.add("endDate");
        }
        if (changed.isEmpty()) {
            throw ProblemException.invalid("body", "must change at least one of position, salary, endDate");
        }
        if (changed.contains("position")) {
            c.position = request.position();
        }
        if (changed.contains("salary")) {
            c.salary = request.salary().setScale(2);
            c.currency = Objects.requireNonNullElse(request.currency(), c.currency);
        }
        if (changed.contains("endDate")) {
            c.endDate = request.endDate();
        }
        boolean late = today.isAfter(request.signedOn().plusDays(config.amendmentDeadlineDays()));
        c.amendmentCount++;
        if (late) {
            c.lateAmendments++;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ContractAmendment amendment = new ContractAmendment();
        amendment.id = UUID.randomUUID();
        amendment.contractId = c.id;
        amendment.signedOn = request.signedOn();
        amendment.changedFields = String.join(",", changed);
        amendment.late = late;
        amendment.registeredAt = now;
        contracts.persistAmendment(amendment);
        LocalDate replacedOn = contracts.replacement(c.id).map(r -> r.replacedOn).orElse(null);
        registry.record(c, RegistryAction.AMENDED, replacedOn, new ContractAmended(c.id, c.contractNumber,
                c.permitNumber, c.employerBin, null, c.region, List.copyOf(changed), late, NOT_CHAINED, now));
        return ContractView.of(c, replacedOn);
    }

    @Transactional
    @Audited("contract.terminate")
    public ContractView terminate(String employerBin, UUID id, long expectedVersion,
            TerminateContractRequest request) {
        LabourContract c = ownContract(employerBin, id, expectedVersion);
        // Not before signing, but possibly before the start: a worker who never arrives, a start date typed wrong
        // (it cannot be amended). Otherwise the contract would hold its employer permit until the start date.
        if (request.terminatedOn().isBefore(c.signedOn)) {
            throw ProblemException.invalid("terminatedOn", "must not be before the contract was signed");
        }
        if (request.terminatedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("terminatedOn", "must not be in the future");
        }
        c.terminate(request.terminatedOn(), request.reason(), request.note());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate replacedOn = contracts.replacement(c.id).map(r -> r.replacedOn).orElse(null);
        registry.record(c, RegistryAction.TERMINATED, replacedOn, new ContractTerminated(c.id, c.contractNumber,
                c.permitNumber, c.employerBin, c.region, c.terminatedOn, c.terminationReason.name(), NOT_CHAINED,
                now));
        return ContractView.of(c, replacedOn);
    }

    /** Records that a citizen replaced the foreign worker; the citizen's IIN stays in this service. */
    @Transactional
    @Audited("contract.report-replacement")
    public IdempotencyKeys.Outcome<ContractView> reportReplacement(String employerBin, UUID id,
            String idempotencyKey, ReportReplacementRequest request) {
        return idempotencyKeys.once("report-replacement:" + employerBin, idempotencyKey, Map.of("contract", id,
                "request", request), ContractView.class, () -> {
                    LabourContract c = ownContract(employerBin, id, null);
                    if (contracts.replacement(c.id).isPresent()) {
                        throw new ProblemException(ContractProblems.REPLACEMENT_ALREADY_REPORTED,
                                "A replacement was already reported for contract " + c.contractNumber);
                    }
                    if (request.replacedOn().isBefore(c.startDate)) {
                        throw ProblemException.invalid("replacedOn", "must not be before the contract's start date");
                    }
                    if (request.replacedOn().isAfter(LocalDate.now(clock))) {
                        throw ProblemException.invalid("replacedOn", "must not be in the future");
                    }
                    if (request.citizenIin().equals(c.workerIin)) {
                        throw ProblemException.invalid("citizenIin", "must not be the foreign worker's own IIN");
                    }
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    ForeignWorkerReplacement replacement = new ForeignWorkerReplacement();
                    replacement.contractId = c.id;
                    replacement.citizenIin = request.citizenIin();
                    replacement.replacedOn = request.replacedOn();
                    replacement.reportedAt = now;
                    contracts.persistReplacement(replacement);
                    registry.record(c, RegistryAction.WORKER_REPLACED, request.replacedOn(),
                            new ForeignWorkerReplaced(c.id, c.contractNumber, c.permitNumber, c.employerBin, null,
                                    c.region,
                                    c.occupationCode, request.replacedOn(), now));
                    return ContractView.of(c, request.replacedOn());
                });
    }

    /** Marks the active contracts of a permit that was revoked, expired or terminated; called by the consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int permitEnded(String permitNumber, PermitStatus permitStatus) {
        int marked = 0;
        for (LabourContract c : contracts.activeOnPermit(permitNumber)) {
            if (c.permitEnded(permitStatus)) {
                registry.record(c, RegistryAction.PERMIT_ENDED,
                        contracts.replacement(c.id).map(r -> r.replacedOn).orElse(null), null);
                marked++;
            }
        }
        return marked;
    }

    /** The contract if the caller may see it (employer own, officer own region, ministry, auditor); else 404. */
    @Transactional
    @Audited(value = "contract.read", read = true)
    public ContractView get(UUID id) {
        LabourContract c = contracts.findById(id);
        caller.requireAccess(c, c == null ? null : c.employerBin, c == null ? null : c.region, "Contract", id);
        return ContractView.of(c, contracts.replacement(id).map(r -> r.replacedOn).orElse(null));
    }

    /** The worker's public check: the same 404 whether the number is unknown or the passport does not match. */
    @Transactional
    public PublicContractView lookup(ContractLookupRequest request) {
        return contracts.findByNumber(request.contractNumber())
                .filter(c -> c.workerPassport.equals(request.passportNumber())).map(PublicContractView::of)
                .orElseThrow(() -> ProblemException.notFound("Contract", request.contractNumber()));
    }

    /** Search; employers see only their own contracts and officers only their region's, whatever they ask for. */
    @Transactional
    @Audited(value = "contract.search", read = true)
    public Page<ContractView> search(ContractRepository.Filter requested, String cursor, int limit) {
        ContractRepository.Filter filter = requested;
        if (caller.is(Roles.EMPLOYER)) {
            String bin = caller.employerBin();
            if (requested.employerBin() != null && !requested.employerBin().equals(bin)) {
                return new Page<>(List.of(), null);
            }
            filter = withScope(requested, bin, requested.region());
        } else if (caller.is(Roles.OFFICER)) {
            String region = caller.officerRegion();
            if (requested.region() != null && !requested.region().equals(region)) {
                return new Page<>(List.of(), null);
            }
            filter = withScope(requested, requested.employerBin(), region);
        }
        List<LabourContract> found = contracts.search(filter, decodeCursor(cursor), limit);
        Map<UUID, LocalDate> replaced = contracts.replacementDates(found.stream().limit(limit).map(c -> c.id).toList());
        return Page.of(found, limit, c -> new Object[]{ChronoUnit.MICROS.between(Instant.EPOCH, c.registeredAt), c.id},
                c -> ContractView.of(c, replaced.get(c.id)));
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

    /**
     * The employer's contract, row-locked: changes of one contract (a replacement report writes no contract row)
     * then commit one after the other, so each records the state the previous one left and the pending entries
     * are chained in that order.
     */
    private LabourContract ownContract(String employerBin, UUID id, Long expectedVersion) {
        LabourContract c = contracts.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.employerBin.equals(employerBin)) {
            throw ProblemException.notFound("Contract", id);
        }
        if (expectedVersion != null && c.version != expectedVersion) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Contract " + id + " is at version " + c.version + ", not " + expectedVersion)
                    .with("currentVersion", c.version);
        }
        return c;
    }

    private static ContractRepository.Filter withScope(ContractRepository.Filter f, String employerBin,
            String region) {
        return new ContractRepository.Filter(f.permitNumber(), f.workerPassport(), employerBin, region, f.status(),
                f.late(), f.startFrom(), f.startTo(), f.registeredFrom(), f.registeredBefore());
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
