package kz.migration.permit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.Money;
import kz.migration.permit.config.LabourImmigrantRules;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.service.LabourImmigrantRequests.ExtensionRequest;
import kz.migration.permit.service.LabourImmigrantRequests.IssueRequest;
import kz.migration.permit.service.LabourImmigrantRequests.TaxPrepayment;
import kz.migration.permit.service.LabourImmigrantRequests.View;

/**
 * Permits issued by the migration police to labour immigrants themselves (DESIGN.md §3): visa-free citizens only,
 * 1 to 12 months in total, each month's income tax prepaid; counted in the LABOUR_IMMIGRANT quota through the same
 * saga as employer permits (purpose LABOUR_IMMIGRANT), then issued as {@code LI-<year>-<6 digits>}.
 */
@ApplicationScoped
public class LabourImmigrantPermitService {

    static final String PURPOSE = "LABOUR_IMMIGRANT";
    static final String KIND = "LABOUR_IMMIGRANT";
    private static final String WHAT = "Labour-immigrant permit";

    @Inject
    LabourImmigrantPermitRepository permits;

    @Inject
    LabourImmigrantRules rules;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    @Audited("labour-immigrant-permit.request")
    public IdempotencyKeys.Outcome<View> request(IssueRequest request, String idempotencyKey) {
        return idempotency.once("labour-immigrant-permit:" + caller.subject(), idempotencyKey, request, View.class,
                () -> register(request));
    }

    private View register(IssueRequest request) {
        LocalDate today = LocalDate.now(clock);
        if (!rules.visaFreeCountries().contains(request.citizenship())) {
            throw new ProblemException(PermitProblems.NOT_VISA_FREE, "Citizens of " + request.citizenship()
                    + " are not eligible for a labour-immigrant permit").with("eligible", rules.visaFreeCountries());
        }
        LocalDate validTo = today.plusMonths(request.months()).minusDays(1);
        if (request.passportExpiry().isBefore(validTo)) {
            throw new ProblemException(PermitProblems.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on "
                    + request.passportExpiry() + ", before the permit would end on " + validTo)
                    .with("termEnds", validTo.toString());
        }
        permits.liveForPassport(request.passportNumber()).ifPresent(live -> {
            throw new ProblemException(PermitProblems.WORKER_HOLDS_PERMIT, "Passport " + request.passportNumber()
                    + " has labour-immigrant permit request " + live.id + " (" + live.status + ")")
                    .with("requestId", live.id.toString());
        });
        requirePrepaid(request.tax(), request.months(), today.getYear());
        LabourImmigrantPermit permit = new LabourImmigrantPermit();
        permit.id = UUID.randomUUID();
        permit.status = LabourImmigrantPermitStatus.PENDING_QUOTA;
        permit.region = request.region();
        permit.occupationCode = request.occupationCode();
        permit.workerFullName = request.fullName();
        permit.workerCitizenship = request.citizenship();
        permit.workerPassport = request.passportNumber();
        permit.workerPassportExpiry = request.passportExpiry();
        permit.workerIin = request.iin();
        permit.months = request.months();
        permit.prepaidTax = request.tax().amount().amount();
        permit.taxReference = request.tax().reference();
        permit.reservationId = UUID.randomUUID();
        permit.quotaYear = today.getYear();
        permit.requestedAt = clock.instant();
        permits.persist(permit);
        outbox.append(permit.id.toString(), new PermitApproved(permit.reservationId, permit.id, PURPOSE, null,
                permit.region, PermitCategory.LABOUR_IMMIGRANT.name(), permit.quotaYear, permit.workerCitizenship,
                permit.occupationCode, permit.requestedAt));
        return view(permit);
    }

    /** Extends an issued permit month by month, never beyond the maximum in total. */
    @Transactional
    @Audited("labour-immigrant-permit.extend")
    public View extend(String number, ExtensionRequest request) {
        LabourImmigrantPermit permit = permits.lockByNumber(number)
                .orElseThrow(() -> ProblemException.notFound(WHAT, number));
        if (permit.status != LabourImmigrantPermitStatus.ISSUED) {
            throw ProblemException.conflict("Only an issued permit can be extended; " + number + " is "
                    + permit.status).with("currentStatus", permit.status.name());
        }
        int total = permit.months + request.months();
        if (total > rules.maxMonths()) {
            throw new ProblemException(PermitProblems.LABOUR_IMMIGRANT_TERM_EXCEEDED, "The permit has "
                    + permit.months + " months; " + request.months() + " more would exceed " + rules.maxMonths())
                    .with("monthsGranted", permit.months).with("maxMonths", rules.maxMonths());
        }
        LocalDate newTo = permit.validFrom.plusMonths(total).minusDays(1);
        if (permit.workerPassportExpiry.isBefore(newTo)) {
            throw new ProblemException(PermitProblems.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on "
                    + permit.workerPassportExpiry + ", before the extended permit would end on " + newTo);
        }
        requirePrepaid(request.tax(), request.months(), LocalDate.now(clock).getYear());
        Instant now = clock.instant();
        LocalDate from = permit.validTo.plusDays(1);
        permits.recordExtension(request.tax().reference(), permit.id, request.months(),
                request.tax().amount().amount(), newTo, now);
        permit.months = total;
        permit.validTo = newTo;
        outbox.append(permit.id.toString(), new PermitRenewed(permit.permitNumber, null, null, permit.region,
                PermitCategory.LABOUR_IMMIGRANT.name(), permit.occupationCode, from, newTo, total, permit.quotaYear,
                now));
        return view(permit);
    }

    /** The worker (or anyone holding both numbers) reads the permit; a wrong document is the same 404. */
    @Audited(value = "labour-immigrant-permit.read", read = true)
    public View get(String number, String document) {
        return permits.findByNumber(number).filter(permit -> permit.workerPassport.equals(document)).map(this::view)
                .orElseThrow(() -> ProblemException.notFound(WHAT, number));
    }

    /** The migration police follow their request by its id (the number is only known once issued). */
    @Audited(value = "labour-immigrant-permit.read", read = true)
    public View getRequest(UUID id) {
        return permits.findByIdOptional(id).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Labour-immigrant permit request", id));
    }

    @Transactional
    public void onQuotaReserved(QuotaReserved reserved) {
        permits.findByReservation(reserved.reservationId())
                .filter(permit -> permit.status == LabourImmigrantPermitStatus.PENDING_QUOTA).ifPresent(permit -> {
                    LocalDate today = LocalDate.now(clock);
                    // Number first: the sequence query flushes, and an ISSUED row must already carry its number.
                    permit.permitNumber = String.format("LI-%d-%06d", today.getYear(), permits.nextSerial());
                    permit.validFrom = today;
                    permit.validTo = today.plusMonths(permit.months).minusDays(1);
                    permit.moveTo(LabourImmigrantPermitStatus.ISSUED);
                    outbox.append(permit.id.toString(), new PermitIssued(permit.permitNumber, permit.reservationId,
                            permit.id, null, KIND, null, permit.region, PermitCategory.LABOUR_IMMIGRANT.name(),
                            permit.occupationCode, permit.workerCitizenship, permit.workerPassport, permit.validFrom,
                            permit.validTo, permit.quotaYear, null, clock.instant()));
                });
    }

    @Transactional
    public void onQuotaRejected(QuotaRejected rejected) {
        permits.findByReservation(rejected.reservationId())
                .filter(permit -> permit.status == LabourImmigrantPermitStatus.PENDING_QUOTA).ifPresent(permit -> {
                    permit.moveTo(LabourImmigrantPermitStatus.REFUSED);
                    permit.refusalReason = "QUOTA_EXHAUSTED: " + rejected.reason();
                    outbox.append(permit.id.toString(), new PermitRefused(permit.id, null, null, permit.region,
                            PermitCategory.LABOUR_IMMIGRANT.name(), permit.quotaYear, List.of("QUOTA_EXHAUSTED"),
                            clock.instant()));
                });
    }

    private void requirePrepaid(TaxPrepayment tax, int months, int year) {
        if (permits.taxReferenceUsed(tax.reference())) {
            throw new ProblemException(PermitProblems.PAYMENT_REFERENCE_REUSED,
                    "Tax payment " + tax.reference() + " was already used");
        }
        BigDecimal due = rules.monthlyTax(year).multiply(BigDecimal.valueOf(months));
        if (tax.amount().amount().compareTo(due) < 0) {
            throw new ProblemException(PermitProblems.TAX_NOT_PREPAID, "Prepaid " + tax.amount().amount()
                    + " KZT; " + months + " month(s) need " + due.toPlainString() + " KZT")
                    .with("taxDue", Money.kzt(due));
        }
    }

    private View view(LabourImmigrantPermit p) {
        return new View(p.id, p.permitNumber, p.status, p.workerFullName, p.workerCitizenship, p.workerPassport,
                p.workerIin, p.region, p.occupationCode, p.months, p.validFrom, p.validTo, p.requestedAt,
                p.refusalReason);
    }
}
