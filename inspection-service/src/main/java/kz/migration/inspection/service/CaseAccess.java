package kz.migration.inspection.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.security.Caller;
import kz.migration.inspection.domain.CaseVisibility;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.repository.CaseRepository;

/**
 * Who may read a case: the inspectors of its region, the advocate who filed it, and auditors. Anyone else is answered
 * as for a missing case (the worker follows a case with its token, through {@code GrievanceService}).
 */
@ApplicationScoped
public class CaseAccess {

    static final String WHAT = "Case";

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    InspectionCase visible(UUID id) {
        InspectionCase c = cases.findById(id);
        return caller.requireVisible(c, c != null && mayRead(c), WHAT, id);
    }

    /** The case locked for this transaction, if the caller may see it. */
    InspectionCase visibleForUpdate(UUID id) {
        InspectionCase c = cases.findForUpdate(id).orElse(null);
        return caller.requireVisible(c, c != null && mayRead(c), WHAT, id);
    }

    boolean mayRead(InspectionCase c) {
        return CaseVisibility.mayRead(c, caller.role(), caller.region().orElse(null), caller.subject());
    }
}
