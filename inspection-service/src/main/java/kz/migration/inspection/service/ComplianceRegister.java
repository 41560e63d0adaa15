package kz.migration.inspection.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.inspection.api.ViolationStatistics;
import kz.migration.inspection.api.ViolationView;
import kz.migration.inspection.domain.EmployerViolation;
import kz.migration.inspection.domain.GrievanceKind;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.SeriousViolationPolicy;
import kz.migration.inspection.repository.ViolationRepository;
import kz.migration.inspection.repository.ViolationRepository.ViolationFilter;

/**
 * The compliance register: a confirmed violation is recorded against the employer (and for a recruitment fee the
 * agency) and published as EmployerViolationRecorded, which permit-service weighs on the employer's next applications.
 * Its statistics (violations by kind, region and month) are in full here, for the ministry and auditors, who may
 * read every violation anyway; the public variant (PublicViolationStatisticsService) is suppressed.
 */
@ApplicationScoped
public class ComplianceRegister {

    @Inject
    ViolationRepository violations;

    @Inject
    InspectionEvents events;

    @Inject
    SeriousViolationPolicy serious;

    @Inject
    Caller caller;

    /** Runs in the transaction that confirmed the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(InspectionCase c, int unpaidMonths, LocalDate today, Instant now) {
        EmployerViolation violation = EmployerViolation.recordedFor(UUID.randomUUID(), c, unpaidMonths, serious, today,
                now);
        violations.persist(violation);
        events.violationRecorded(violation);
    }

    /** Employers see their own record, inspectors their region's, the ministry and auditors any. */
    @Transactional
    public Page<ViolationView> list(String employerBin, String employerIin, String agencyBin, String region,
            GrievanceKind kind, LocalDate from, LocalDate to, String cursor, int limit) {
        ViolationFilter filter;
        if (caller.is(Roles.EMPLOYER)) {
            String bin = caller.bin().orElse(null);
            filter = new ViolationFilter(bin, bin == null ? caller.employerId() : null, null, null, kind, from, to);
        } else if (caller.is(Roles.INSPECTOR)) {
            filter = new ViolationFilter(employerBin, employerIin, agencyBin, caller.inspectorRegion(), kind, from, to);
        } else {
            filter = new ViolationFilter(employerBin, employerIin, agencyBin, region, kind, from, to);
        }
        LocalDate afterOn = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            try {
                afterOn = LocalDate.parse(parts.get(0));
                afterId = UUID.fromString(parts.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
            }
        }
        return Page.of(violations.list(filter, afterOn, afterId, limit + 1), limit,
                v -> new Object[]{v.confirmedOn, v.id}, ViolationView::of);
    }

    /** Violations confirmed in the months {@code from} to {@code to}, by month, region and kind. */
    @Transactional
    public ViolationStatistics statistics(YearMonth from, YearMonth to, String region) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw ProblemException.invalid("to", "must be at most 10 years after from");
        }
        List<ViolationStatistics.Cell> cells = violations.counts(from.atDay(1), to.atEndOfMonth(), region).stream()
                .map(count -> new ViolationStatistics.Cell(YearMonth.from(count.month()).toString(), count.region(),
                        count.kind(), count.count(), Long.toString(count.count()), false))
                .toList();
        return new ViolationStatistics(from.toString(), to.toString(), SmallCellSuppression.THRESHOLD, cells);
    }
}
