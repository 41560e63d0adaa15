package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.vacancy.api.VacancyPatch;
import kz.migration.vacancy.api.VacancyRequest;
import kz.migration.vacancy.api.VacancyResponse;
import kz.migration.vacancy.domain.ChangeReason;
import kz.migration.vacancy.domain.CloseReason;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyChange;
import kz.migration.vacancy.domain.VacancyRules;
import kz.migration.vacancy.domain.VacancyTerms;
import kz.migration.vacancy.repository.VacancyRepository;

/** Posting, changing, closing and reopening vacancies; every change emits its event in its transaction. */
@ApplicationScoped
public class VacancyService {

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyAccess access;

    @Inject
    VacancyEvents events;

    @Inject
    VacancyRules rules;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited("vacancy.post")
    public IdempotencyKeys.Outcome<VacancyResponse> post(VacancyRequest request, String idempotencyKey) {
        String bin = caller.employerBin();
        return idempotencyKeys.once("post-vacancy:" + bin, idempotencyKey, request, VacancyResponse.class, () -> {
            Vacancy vacancy = Vacancy.post(UUID.randomUUID(), bin, request.terms(), clock.instant(),
                    LocalDate.now(clock), rules);
            vacancies.persist(vacancy);
            events.posted(vacancy);
            vacancies.flush();
            return VacancyResponse.of(vacancy);
        });
    }

    /** PUT: replaces every term. */
    @Transactional
    @Audited("vacancy.replace")
    public VacancyResponse replace(UUID id, long expectedVersion, VacancyRequest request) {
        return update(id, expectedVersion, current -> request.terms());
    }

    /** PATCH: replaces the terms present in the request. */
    @Transactional
    @Audited("vacancy.patch")
    public VacancyResponse patch(UUID id, long expectedVersion, VacancyPatch patch) {
        return update(id, expectedVersion, patch::applyTo);
    }

    /** Applies a change when the caller's version is current; a material change restarts the search. */
    private VacancyResponse update(UUID id, long expectedVersion, UnaryOperator<VacancyTerms> change) {
        Vacancy vacancy = access.owned(id);
        requireVersion(vacancy, expectedVersion);
        VacancyTerms next = change.apply(vacancy.terms());
        if (next.equals(vacancy.terms())) {
            // Nothing changes: no change record, no event, and the version (ETag) others hold stays current.
            return VacancyResponse.of(vacancy);
        }
        Instant now = clock.instant();
        List<ChangeReason> reasons = vacancy.change(next, LocalDate.now(clock), rules);
        vacancies.record(VacancyChange.of(vacancy, reasons, caller.subject(), now));
        events.changed(vacancy, reasons);
        // Positions cut down to those already taken: the vacancy is full, as after the last hire.
        if (vacancy.closeWhenFull(now)) {
            events.closed(vacancy);
        }
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    /** The employer withdraws the vacancy, or the exchange takes it off the board. */
    @Transactional
    @Audited("vacancy.close")
    public VacancyResponse close(UUID id) {
        Vacancy vacancy = access.visible(id);
        vacancy.close(CloseReason.requestedBy(caller.is(Roles.EMPLOYER)), clock.instant());
        events.closed(vacancy);
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    @Transactional
    @Audited("vacancy.reopen")
    public VacancyResponse reopen(UUID id) {
        Vacancy vacancy = access.owned(id);
        vacancy.reopen(LocalDate.now(clock), rules);
        List<ChangeReason> reasons = List.of(ChangeReason.REOPENED);
        vacancies.record(VacancyChange.of(vacancy, reasons, caller.subject(), clock.instant()));
        events.changed(vacancy, reasons);
        vacancies.flush();
        return VacancyResponse.of(vacancy);
    }

    private static void requireVersion(Vacancy vacancy, long expected) {
        if (vacancy.version != expected) {
            throw new ProblemException(ProblemType.STALE_VERSION, "Vacancy " + vacancy.id + " is at version "
                    + vacancy.version + ", not " + expected + "; read it again").with("currentVersion",
                            vacancy.version);
        }
    }
}
