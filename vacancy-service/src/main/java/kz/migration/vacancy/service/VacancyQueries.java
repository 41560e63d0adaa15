package kz.migration.vacancy.service;

import java.time.Instant;
import java.util.List;
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
import kz.migration.vacancy.api.PublicVacancy;
import kz.migration.vacancy.api.VacancyChangeResponse;
import kz.migration.vacancy.api.VacancyResponse;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyStatus;
import kz.migration.vacancy.repository.VacancyFilter;
import kz.migration.vacancy.repository.VacancyRepository;

/** Reading vacancies: by the roles that may, and open ones for the public. */
@ApplicationScoped
public class VacancyQueries {

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyAccess access;

    @Inject
    Caller caller;

    @Transactional
    @Audited(value = "vacancy.read", read = true)
    public VacancyResponse get(UUID id) {
        return VacancyResponse.of(access.visible(id));
    }

    /** Employers always see only their own vacancies, officers only their region's, whatever the filter says. */
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
        return Page.of(vacancies.list(filter, listKey(cursor), limit + 1), limit, VacancyQueries::sortKey,
                VacancyResponse::of);
    }

    @Transactional
    public Page<VacancyChangeResponse> changes(UUID id, String cursor, int limit) {
        access.visible(id);
        Long after = cursor == null ? null : parseLong(PageCursor.decode(cursor, 1).get(0));
        return Page.of(vacancies.changes(id, after, limit + 1), limit, c -> new Object[]{c.id},
                VacancyChangeResponse::of);
    }

    @Transactional
    public Page<PublicVacancy> publicList(String region, String occupationCode, String cursor, int limit) {
        VacancyFilter filter = new VacancyFilter(null, region, occupationCode, VacancyStatus.OPEN, null, null);
        return Page.of(vacancies.list(filter, listKey(cursor), limit + 1), limit, VacancyQueries::sortKey,
                PublicVacancy::of);
    }

    @Transactional
    public PublicVacancy publicGet(UUID id) {
        return vacancies.findByIdOptional(id).filter(v -> v.status == VacancyStatus.OPEN).map(PublicVacancy::of)
                .orElseThrow(() -> ProblemException.notFound(VacancyAccess.WHAT, id));
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
