package kz.migration.inspection.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import kz.migration.inspection.api.CaseSummary;
import kz.migration.inspection.api.CaseView;
import kz.migration.inspection.api.EvidenceView;
import kz.migration.inspection.api.HoldView;
import kz.migration.inspection.api.InspectionView;
import kz.migration.inspection.domain.CaseStatus;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.repository.CaseRepository;
import kz.migration.inspection.repository.CaseRepository.CaseFilter;
import kz.migration.inspection.repository.CaseRepository.QueueKey;

/**
 * Reading cases, each read audited: the inspector's queue and overdue view (the token's region only), the advocate's
 * own filings, the auditor's everything; and the employer's inspections, which show only what it may learn.
 */
@ApplicationScoped
public class CaseQueries {

    @Inject
    CaseRepository cases;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited(value = "case.read", read = true)
    public CaseView get(UUID id) {
        return view(access.visible(id));
    }

    /** The queue: urgent first, then oldest. */
    @Transactional
    @Audited(value = "case.list", read = true)
    public Page<CaseSummary> list(String region, CaseStatus status, GrievanceKind kind, String cursor, int limit) {
        return page(scoped(region, status, kind, null), cursor, limit);
    }

    /** Open cases past their due day, in queue order. */
    @Transactional
    @Audited(value = "case.list-overdue", read = true)
    public Page<CaseSummary> overdue(String region, String cursor, int limit) {
        return page(scoped(region, null, null, LocalDate.now(clock)), cursor, limit);
    }

    /** The employer's inspections: cases about it whose inspection opened, never who filed. */
    @Transactional
    public Page<InspectionView> inspectionsOfEmployer(String cursor, int limit) {
        QueueKey after = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            try {
                after = new QueueKey(false, Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
            }
        }
        String bin = caller.bin().orElse(null);
        String iin = bin == null ? caller.employerId() : null;
        return Page.of(cases.knownToEmployer(bin, iin, after, limit + 1), limit,
                c -> new Object[]{c.inspectionOpenedAt, c.id}, c -> InspectionView.of(c, clock.getZone()));
    }

    CaseView view(InspectionCase c) {
        List<EvidenceView> evidence = cases.evidence(c.id).stream().map(EvidenceView::of).toList();
        return CaseView.of(c, LocalDate.now(clock), evidence, HoldView.of(cases.hold(c.id).orElse(null)));
    }

    /** Inspectors see their region's, advocates their own filings, auditors any region they ask for. */
    private CaseFilter scoped(String region, CaseStatus status, GrievanceKind kind, LocalDate overdueOn) {
        if (caller.is(Roles.INSPECTOR)) {
            return new CaseFilter(caller.inspectorRegion(), null, status, kind, overdueOn);
        }
        if (caller.is(Roles.ADVOCATE)) {
            return new CaseFilter(null, caller.subject(), status, kind, overdueOn);
        }
        return new CaseFilter(region, null, status, kind, overdueOn);
    }

    private Page<CaseSummary> page(CaseFilter filter, String cursor, int limit) {
        QueueKey after = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 3);
            try {
                after = new QueueKey(Boolean.parseBoolean(parts.get(0)), Instant.parse(parts.get(1)),
                        UUID.fromString(parts.get(2)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
            }
        }
        LocalDate today = LocalDate.now(clock);
        return Page.of(cases.list(filter, after, limit + 1), limit, c -> new Object[]{c.urgent, c.receivedAt, c.id},
                c -> CaseSummary.of(c, today));
    }
}
