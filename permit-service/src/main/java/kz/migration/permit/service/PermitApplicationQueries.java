package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.audit.Audited;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.TransitionView;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.repository.PageCursor;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/** Reading applications: one, its history, lists scoped to the caller, the officer's queue and overdue reviews. */
@ApplicationScoped
public class PermitApplicationQueries {

    private static final String WHAT = "Permit application";

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    PermitViews views;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Audited(value = "permit-application.read", read = true)
    public PermitApplicationView get(UUID id) {
        return views.view(accessible(id));
    }

    @Audited(value = "permit-application.history", read = true)
    public List<TransitionView> history(UUID id) {
        accessible(id);
        return transitions.history(id).stream().map(TransitionView::of).toList();
    }

    /** Lists what the caller may see: employers their own, officers their region, the rest everything. */
    @Audited(value = "permit-application.search", read = true)
    public Page<PermitApplicationView> list(PermitApplicationRepository.Filter filter, String cursor, int limit) {
        PermitApplicationRepository.Filter scoped = filter;
        if (caller.is(Roles.EMPLOYER)) {
            scoped = new PermitApplicationRepository.Filter(filter.status(), filter.category(), filter.region(),
                    caller.employerBin(), filter.vacancyId());
        } else if (caller.is(Roles.OFFICER)) {
            scoped = new PermitApplicationRepository.Filter(filter.status(), filter.category(),
                    caller.officerRegion(), filter.employerBin(), filter.vacancyId());
        }
        return views.page(applications.page(scoped, PageCursor.decode(cursor), limit), limit);
    }

    @Audited(value = "permit-application.queue", read = true)
    public Page<PermitApplicationView> queue(String cursor, int limit) {
        return views.page(applications.queue(caller.officerRegion(), PageCursor.decode(cursor), limit), limit);
    }

    @Audited(value = "permit-application.overdue", read = true)
    public Page<PermitApplicationView> overdue(String region, String cursor, int limit) {
        return views.page(applications.overdue(LocalDate.now(clock), region, PageCursor.decode(cursor), limit),
                limit);
    }

    private PermitApplication accessible(UUID id) {
        PermitApplication application = applications.findById(id);
        return caller.requireAccess(application, application == null ? null : application.employerBin,
                application == null ? null : application.region, WHAT, id);
    }
}
