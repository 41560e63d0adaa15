package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.LabourImmigrantExtensionRequest;
import kz.migration.permit.api.LabourImmigrantPermitRequest;
import kz.migration.permit.api.LabourImmigrantPermitView;
import kz.migration.permit.domain.IssuingAuthorities;
import kz.migration.permit.domain.IssuingAuthorities.Filer;
import kz.migration.permit.domain.IssuingAuthority;
import kz.migration.permit.domain.LabourImmigrantEligibility;
import kz.migration.permit.domain.LabourImmigrantFinding;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;
import kz.migration.permit.domain.TaxDue;
import kz.migration.permit.domain.TaxDuePurpose;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.repository.LabourImmigrantTaxDueRepository;
import kz.migration.permit.repository.PageCursor;

/**
 * Labour-immigrant permits (DESIGN.md §3) as transactions: a request filed by the body that decides on the day, an
 * extension, the quota's answer once the tax is paid, and the reads. The rules are the domain's
 * ({@link LabourImmigrantEligibility}, {@link IssuingAuthorities}, {@link LabourImmigrantPermit}).
 */
@ApplicationScoped
public class LabourImmigrantPermitService {

    static final String WHAT = "Labour-immigrant permit";
    static final String REQUEST = "Labour-immigrant permit request";

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    LabourImmigrantTaxDueRepository dues;

    @Inject
    LabourImmigrantEligibility eligibility;

    @Inject
    IssuingAuthorities authorities;

    @Inject
    LabourImmigrantTaxService taxes;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Outbox outbox;

    @Inject
    EntryBanService entryBans;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    @Audited("labour-immigrant-permit.request")
    public IdempotencyKeys.Outcome<LabourImmigrantPermitView> request(LabourImmigrantPermitRequest request,
            String idempotencyKey) {
        return idempotency.once("labour-immigrant-permit:" + caller.subject(), idempotencyKey, request,
                LabourImmigrantPermitView.class, () -> register(request));
    }

    private LabourImmigrantPermitView register(LabourImmigrantPermitRequest request) {
        LocalDate today = LocalDate.now(clock);
        LabourImmigrantRefusals.requireNone(authorities.refusalOf(filer(), request.region(), today).stream().toList());
        IssuingAuthority authority = authorities.on(today);
        // Filed with the migration police, the tax falls due at once: the permit starts by its due date at the latest.
        LocalDate latestStart = authority == IssuingAuthority.MIGRATION_POLICE ? taxes.dueDate(today) : today;
        LabourImmigrantRefusals.requireNone(eligibility.check(
                new LabourImmigrantEligibility.Applicant(request.citizenship(), request.occupationCode(),
                        request.passportExpiry(), request.months()),
                today, latestStart, permits.liveForPassport(request.passportNumber())));
        requireNotBanned(request.passportNumber(), request.citizenship(), today);
        taxes.requireKnown(request.taxResidency(), request.months());
        LabourImmigrantPermit permit = LabourImmigrantPermit.request(UUID.randomUUID(),
                new LabourImmigrantPermit.Worker(request.fullName(), request.citizenship(), request.passportNumber(),
                        request.passportExpiry(), request.iin(), request.sex()),
                request.region(), request.occupationCode(), request.months(), request.taxResidency(), authority,
                today, clock.instant());
        permits.persist(permit);
        TaxDue due = permit.status == LabourImmigrantPermitStatus.AWAITING_TAX
                ? taxes.firstMonthsFallDue(permit)
                : null;
        return LabourImmigrantPermitView.of(permit, due);
    }

    /**
     * More months for an issued permit, asked of the body that decides on the day: their tax falls due, and the
     * permit runs longer once the gateway confirms it. The same extension asked again answers the open tax.
     */
    @Transactional
    @Audited("labour-immigrant-permit.extend")
    public LabourImmigrantPermitView extend(String number, LabourImmigrantExtensionRequest request) {
        LabourImmigrantPermit permit = permits.lockByNumber(number).orElse(null);
        caller.requireAccess(permit, null, permit == null ? null : permit.region, WHAT, number);
        LocalDate today = LocalDate.now(clock);
        LabourImmigrantRefusals.requireNone(authorities.refusalOf(filer(), permit.region, today).stream().toList());
        if (permit.status != LabourImmigrantPermitStatus.ISSUED) {
            throw ProblemException.conflict("Only an issued permit can be extended; " + number + " is "
                    + permit.status).with("currentStatus", permit.status.name());
        }
        Optional<TaxDue> open = dues.open(permit.id);
        if (open.isPresent()) {
            TaxDue due = open.get();
            if (due.purpose == TaxDuePurpose.EXTENSION && due.months == request.months()
                    && due.taxResidency == request.taxResidency()) {
                return LabourImmigrantPermitView.of(permit, due);
            }
            throw ProblemException.conflict("The tax " + due.reference + " of an extension by " + due.months
                    + " month(s) is due by " + due.dueDate + "; it is paid or lapses before another extension")
                    .with("taxReference", due.reference);
        }
        requireNotBanned(permit.workerPassport, permit.workerCitizenship, today);
        LabourImmigrantRefusals.requireNone(eligibility.checkExtension(permit, request.months()));
        return LabourImmigrantPermitView.of(permit,
                taxes.extensionFallsDue(permit, request.months(), request.taxResidency()));
    }

    /** The worker (or anyone holding both numbers) reads the permit; a wrong document is the same 404. */
    @Audited(value = "labour-immigrant-permit.read", read = true)
    public LabourImmigrantPermitView get(String number, String document) {
        return permits.findByNumber(number).filter(permit -> permit.workerPassport.equals(document))
                .map(this::view).orElseThrow(() -> ProblemException.notFound(WHAT, number));
    }

    /** A request by its id (the number is only known once issued); officers see their region's only. */
    @Audited(value = "labour-immigrant-permit.read", read = true)
    public LabourImmigrantPermitView getRequest(UUID id) {
        LabourImmigrantPermit permit = permits.findByIdOptional(id).orElse(null);
        return view(caller.requireAccess(permit, null, permit == null ? null : permit.region, REQUEST, id));
    }

    /** Requests oldest first; an officer sees those of their region, the others every region. */
    @Audited(value = "labour-immigrant-permit.search", read = true)
    public Page<LabourImmigrantPermitView> list(LabourImmigrantPermitRepository.Filter filter, String cursor,
            int limit) {
        LabourImmigrantPermitRepository.Filter scoped = caller.is(Roles.OFFICER)
                ? new LabourImmigrantPermitRepository.Filter(filter.status(), caller.officerRegion())
                : filter;
        if (caller.is(Roles.OFFICER) && filter.region() != null && !filter.region().equals(scoped.region())) {
            return new Page<>(List.of(), null);
        }
        List<LabourImmigrantPermit> rows = permits.page(scoped, PageCursor.decode(cursor), limit);
        List<LabourImmigrantPermit> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, TaxDue> latest = dues.latest(items.stream().map(p -> p.id).toList());
        String next = rows.size() > limit
                ? PageCursor.after(items.get(items.size() - 1).requestedAt, items.get(items.size() - 1).id).encode()
                : null;
        return new Page<>(items.stream().map(p -> LabourImmigrantPermitView.of(p, latest.get(p.id))).toList(), next);
    }

    /** quota-service reserved the unit of a paid request: the permit is issued. Redeliveries find nothing to do. */
    @Transactional
    public void onQuotaReserved(QuotaReserved reserved) {
        permits.findByReservation(reserved.reservationId())
                .filter(permit -> permit.status == LabourImmigrantPermitStatus.PENDING_QUOTA).ifPresent(permit -> {
                    LocalDate today = LocalDate.now(clock);
                    String number = String.format("LI-%d-%06d", today.getYear(), permits.nextSerial());
                    outbox.append(permit.id.toString(), permit.issue(number, today, clock.instant()));
                });
    }

    @Transactional
    public void onQuotaRejected(QuotaRejected rejected) {
        permits.findByReservation(rejected.reservationId())
                .filter(permit -> permit.status == LabourImmigrantPermitStatus.PENDING_QUOTA)
                .ifPresent(permit -> outbox.append(permit.id.toString(),
                        permit.quotaRejected(rejected.reason(), clock.instant())));
    }

    LabourImmigrantPermitView view(LabourImmigrantPermit permit) {
        return LabourImmigrantPermitView.of(permit, dues.latest(permit.id).orElse(null));
    }

    /** The migration police, or an officer of a local executive body, as the dated rule knows them. */
    Filer filer() {
        return caller.is(Roles.OFFICER) ? Filer.localExecutiveBody(caller.officerRegion()) : Filer.migrationPolice();
    }

    /** A worker under an entry ban gets no labour-immigrant permit or extension (422 worker-entry-banned). */
    private void requireNotBanned(String passportNumber, String citizenship, LocalDate today) {
        LabourImmigrantRefusals.requireNone(entryBans.refusal(passportNumber, citizenship, today)
                .map(f -> LabourImmigrantFinding.from(LabourImmigrantFinding.Ground.ENTRY_BANNED, f)).stream()
                .toList());
    }
}
