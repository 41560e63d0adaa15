package kz.migration.vacancy.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.repository.VacancyRepository;

/** Who may see and change a vacancy: employers their own, officers their region's; anyone else's is 404. */
@ApplicationScoped
public class VacancyAccess {

    static final String WHAT = "Vacancy";

    @Inject
    VacancyRepository vacancies;

    @Inject
    Caller caller;

    /** The vacancy if the caller may see it, else 404. */
    Vacancy visible(UUID id) {
        Vacancy vacancy = vacancies.findById(id);
        return caller.requireAccess(vacancy, vacancy == null ? null : vacancy.employerBin,
                vacancy == null ? null : vacancy.region, WHAT, id);
    }

    /** The vacancy, locked for this transaction, if the caller may see it, else 404. */
    Vacancy visibleForUpdate(UUID id) {
        vacancies.findForUpdate(id);
        return visible(id);
    }

    /** The caller's own vacancy; only its employer changes it. */
    Vacancy owned(UUID id) {
        Vacancy vacancy = visible(id);
        if (!caller.is(Roles.EMPLOYER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the employer changes its vacancy");
        }
        return vacancy;
    }
}
