package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitTransitionRepository;

/** Issues a permit: its number (WP-year-serial), its validity from the domain, the history row and PermitIssued. */
@ApplicationScoped
public class PermitIssuance {

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitTransitionRepository transitions;

    @Inject
    PermitEvents events;

    @Inject
    Clock clock;

    public void issue(PermitApplication application, LocalDate issuedOn, String actor, String role, String reason) {
        String number = String.format("WP-%d-%06d", LocalDate.now(clock).getYear(), applications.nextPermitSerial());
        transitions.persist(application.issue(number, issuedOn, actor, role, clock.instant(), reason));
        events.issued(application);
    }
}
