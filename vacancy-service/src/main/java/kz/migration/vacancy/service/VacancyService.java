package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.common.event.vacancy.VacancyPosted;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.vacancy.api.PublicVacancy;
import kz.migration.vacancy.api.VacancyChangeResponse;
import kz.migration.vacancy.api.VacancyPatch;
import kz.migration.vacancy.api.VacancyRequest;
import kz.migration.vacancy.api.VacancyResponse;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.domain.ChangeReason;
import kz.migration.vacancy.domain.CloseReason;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyChange;
import kz.migration.vacancy.domain.VacancyStatus;
import kz.migration.vacancy.domain.VacancyTerms;
import kz.migration.vacancy.repository.VacancyFilter;
import kz.migration.vacancy.repository.VacancyRepository;

/** Posting, reading, changing, closing and reopening vacancies; every change emits its event in its transaction. */
@ApplicationScoped
public class VacancyService {

    private static final Logger LOG = Logger.getLogger(VacancyService.class);
    static final String WHAT = "Vacancy";

    @Inject
    VacancyRepository vacancies;

    @Inject
    MinimumSalaryPolicy minimumSalary;

    @Inject
    VacancyConfig config;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited("vacancy.post")
    public IdempotencyKeys.Outcome<VacancyResponse> post(VacancyRequest request, String idempotencyKey) {
        String bin = caller.employerBin();
        return idempotencyKeys.once("post-vacancy:" + bin, idempotencyKey, request, VacancyResponse.class, () -> {
            VacancyTerms terms = terms(request);
            minimumSalary.require(terms.region(), terms.salary());
            Vacancy vacancy = Vacancy.post(UUID.randomUUID(), bin, terms, clock.instant(), LocalDate.now(clock),
                    searchDays());
            vacancies.persist(vacancy);
            outbox.append(vacancy.id.toString(), new VacancyPosted(vacancy.id, bin, vacancy.region,
                    vacancy.occupationCode, vacancy.positions, vacancy.salary, vacancy.postedOn,
                    vacancy.foreignLabourAllowedFrom));
            vacancies.flush();
            return VacancyResponse.of(vacancy);
        });
    }

    @Transactional
    @Audited(value = "vacancy.read", read = true)
    public VacancyResponse get(UUID id) {
        return VacancyResponse.of(visible(id));
    }

    @Transactional
    public Page<VacancyResponse> list(VacancyFilter requested, String cursor, int limit) {
        VacancyFilter filter = requested;
        if (caller.is(Roles.EMPLOYER)) {
            filter = new VacancyFilter(caller.employerBin(), requested.region(), requested.occupationCode(),
                    requested.status(), requested.postedFrom(), requested.postedTo());
        } else if (caller.is(Roles.OFFICER)) {
            filter = new VacancyFilter(requested.employerBin(), caller.officerRegion(), requested.occupationCode(),
                    requested.status(), requested.postedFrom(), requested.postedTo());
        }
        return Page.of(vacancies.list(filter, listKey(cursor), limit + 1), limit, VacancyService::sortKey,
                VacancyResponse::of);
    }

    /** PUT: replaces every term. */
    @Transactional
    @Audited("vacancy.replace")
    public VacancyResponse replace(UUID id, long expectedVersion, VacancyRequest request) {
        return update(id, expectedVersion, current -> terms(request));
    }

    /** PATCH: replaces the terms present in the request. */
    @Transactional
    @Audited("vacancy.patch")
    public VacancyResponse patch(UUID id, long expectedVersion, VacancyPatch patch) {
        return update(id, expectedVersion, current -> new VacancyTerms(
                patch.title() != null ? patch.title().strip() : current.title(),
                patch.occupationCode() != null ? patch.occupationCode() : current.occupationCode(),
                patch.region() != null ? patch.region() : current.region(),
                patch.positions() != null ? patch.positions() : current.positions(),
                patch.salary() != null ? patch.salary().amount() : current.salary(),
                patch.requirements() != null ? patch.requirements().educationLevel() : current.educationLevel(),
                patch.requirements() != null ? patch.requirements().experienceYears() : current.experienceYears(),
                patch.requirements() != null ? new HashSet<>(patch.requirements().languages()) : current.languages(),
                patch.workSchedule() != null ? patch.workSchedule() : current.workSchedule()));
    }

    /** Applies a change when the caller's version is current; a material change restarts the search. */
    private VacancyResponse update(UUID id, long expectedVersion, UnaryOperator<VacancyTerms> change) {
        Vacancy vacancy = owned(id);
        requireVersion(vacancy, expectedVersion);
        VacancyTerms next = change.apply(vacancy.terms());
        if (next.equals(vacancy.terms())) {
            // Nothing changes: no change record, no event, and the version (ETag) others hold stays current.
            return VacancyResponse.of(vacancy);
        }
        if (next.salary().compareTo(vacancy.salary) != 0 || !next.region().equals(vacancy.region)) {
            minimumSalary.require(next.region(), next.salary());
        }
        List<ChangeReason> reasons = vacancy.change(next, LocalDate.now(clock), searchDays());
        vacancies.record(VacancyChange.of(vacancy, reasons, caller.subject(), clock.instant()));
        appendChanged(vacancy, reasons);
        // Positions cut down to those already taken: the vacancy is full, as after the last hire.
        if (vacancy.closeWhenFull(clock.instant())) {
            appendClosed(vacancy);
        }
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    /** The employer withdraws the vacancy, or the exchange takes it off the board. */
    @Transactional
    @Audited("vacancy.close")
    public VacancyResponse close(UUID id) {
        Vacancy vacancy = visible(id);
        CloseReason reason = caller.is(Roles.EMPLOYER)
                ? CloseReason.WITHDRAWN_BY_EMPLOYER
                : CloseReason.CLOSED_BY_EXCHANGE;
        vacancy.close(reason, clock.instant());
        appendClosed(vacancy);
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    @Transactional
    @Audited("vacancy.reopen")
    public VacancyResponse reopen(UUID id) {
        Vacancy vacancy = owned(id);
        vacancy.reopen(LocalDate.now(clock), searchDays());
        List<ChangeReason> reasons = List.of(ChangeReason.REOPENED);
        vacancies.record(VacancyChange.of(vacancy, reasons, caller.subject(), clock.instant()));
        appendChanged(vacancy, reasons);
        // Positions cut down to those already taken: the vacancy is full, as after the last hire.
        if (vacancy.closeWhenFull(clock.instant())) {
            appendClosed(vacancy);
        }
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    @Transactional
    public Page<VacancyChangeResponse> changes(UUID id, String cursor, int limit) {
        visible(id);
        Long after = cursor == null ? null : parseLong(PageCursor.decode(cursor, 1).get(0));
        return Page.of(vacancies.changes(id, after, limit + 1), limit, c -> new Object[]{c.id},
                VacancyChangeResponse::of);
    }

    @Transactional
    public Page<PublicVacancy> publicList(String region, String occupationCode, String cursor, int limit) {
        VacancyFilter filter = new VacancyFilter(null, region, occupationCode, VacancyStatus.OPEN, null, null);
        return Page.of(vacancies.list(filter, listKey(cursor), limit + 1), limit, VacancyService::sortKey,
                PublicVacancy::of);
    }

    @Transactional
    public PublicVacancy publicGet(UUID id) {
        return vacancies.findByIdOptional(id).filter(v -> v.status == VacancyStatus.OPEN).map(PublicVacancy::of)
                .orElseThrow(() -> ProblemException.notFound(WHAT, id));
    }

    /**
     * A foreign worker's contract for the vacancy was registered: one position is taken, once per contract (the
     * inbox stops a redelivered event; the fill table stops the same contract arriving under another event id).
     */
    @Transactional
    @Audited(value = "vacancy.fill-by-foreign-worker", idFrom = "vacancyId")
    public void fillByForeignWorker(ContractRegistered contract) {
        Vacancy vacancy = vacancies.findForUpdate(contract.vacancyId()).orElse(null);
        if (vacancy == null || !vacancy.employerBin.equals(contract.employerBin())) {
            LOG.warnf("Contract %s names vacancy %s, which employer %s does not have; nothing to fill",
                    contract.contractNumber(), contract.vacancyId(), contract.employerBin());
            return;
        }
        if (vacancies.foreignFillRecorded(contract.contractId())) {
            return;
        }
        boolean filled = vacancy.fillByForeignWorker();
        vacancies.recordForeignFill(contract.contractId(), vacancy.id, contract.contractNumber(), filled,
                contract.registeredAt());
        if (filled) {
            vacancies.record(VacancyChange.of(vacancy, List.of(), "contract:" + contract.contractNumber(),
                    clock.instant()));
            appendChanged(vacancy, List.of());
            if (vacancy.closeWhenFull(clock.instant())) {
                appendClosed(vacancy);
            }
        }
    }

    /** The vacancy if the caller may see it (employers their own, officers their region), else 404. */
    Vacancy visible(UUID id) {
        Vacancy vacancy = vacancies.findById(id);
        return caller.requireAccess(vacancy, vacancy == null ? null : vacancy.employerBin,
                vacancy == null ? null : vacancy.region, WHAT, id);
    }

    private Vacancy owned(UUID id) {
        Vacancy vacancy = visible(id);
        if (!caller.is(Roles.EMPLOYER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the employer changes its vacancy");
        }
        return vacancy;
    }

    void appendChanged(Vacancy v, List<ChangeReason> reasons) {
        outbox.append(v.id.toString(), new VacancyChanged(v.id, v.employerBin, v.region, v.occupationCode,
                v.openPositions, v.salary, !reasons.isEmpty(), reasons.stream().map(Enum::name).toList(),
                v.foreignLabourAllowedFrom));
    }

    void appendClosed(Vacancy v) {
        outbox.append(v.id.toString(),
                new VacancyClosed(v.id, v.employerBin, v.region, v.closeReason.name(), v.closedAt));
    }

    int searchDays() {
        return config.labourMarketTest().searchDays();
    }

    private static void requireVersion(Vacancy vacancy, long expected) {
        if (vacancy.version != expected) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Vacancy " + vacancy.id + " is at version "
                    + vacancy.version + ", not " + expected + "; read it again").with("currentVersion",
                            vacancy.version);
        }
    }

    private static VacancyTerms terms(VacancyRequest r) {
        return new VacancyTerms(r.title().strip(), r.occupationCode(), r.region(), r.positions(),
                r.salary().amount(), r.requirements().educationLevel(), r.requirements().experienceYears(),
                new HashSet<>(r.requirements().languages()), r.workSchedule());
    }

    private static Object[] sortKey(Vacancy v) {
        return new Object[]{v.postedAt, v.id};
    }

    private static VacancyRepository.ListKey listKey(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = PageCursor.decode(cursor, 2);
        try {
            return new VacancyRepository.ListKey(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }

    private static Long parseLong(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }
}
