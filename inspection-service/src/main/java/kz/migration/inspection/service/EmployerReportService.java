package kz.migration.inspection.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import kz.migration.inspection.api.EmployerReportRequest;
import kz.migration.inspection.api.EmployerReportView;
import kz.migration.inspection.api.OverdueReport;
import kz.migration.inspection.config.InspectionConfig;
import kz.migration.inspection.domain.EmployerReport;
import kz.migration.inspection.domain.InspectionProblems;
import kz.migration.inspection.domain.ReportFigures;
import kz.migration.inspection.domain.ReportPeriod;
import kz.migration.inspection.repository.ReportRepository;

/**
 * The employer's quarterly report (seed 004): the registry drafts it from its read-models (permits, contracts,
 * terminations, replacements by citizens), the employer confirms or corrects it, and the ministry sees who has not
 * reported by the due day.
 */
@ApplicationScoped
public class EmployerReportService {

    /** A submission and whether it repeats the one already made. */
    public record Submitted(EmployerReportView report, boolean replayed) {

        /** The report's BIN and quarter, as the audit trail's resource id. */
        public String id() {
            return report.employerBin() + "/" + report.period();
        }
    }

    @Inject
    ReportRepository reports;

    @Inject
    InspectionConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The caller's report of a quarter (the last ended one by default): submitted, or drafted now. */
    @Transactional
    public EmployerReportView draft(String period) {
        String bin = caller.employerBin();
        LocalDate today = LocalDate.now(clock);
        ReportPeriod quarter = period == null
                ? ReportPeriod.containing(today.minusMonths(3))
                : ReportPeriod.parse(period);
        return reports.find(bin, quarter.toString()).map(EmployerReportView::of).orElseGet(() -> {
            LocalDate due = quarter.dueOn(config.reports().dueDaysAfterQuarter());
            return EmployerReportView.draft(bin, quarter.toString(), due, today.isAfter(due), figures(bin, quarter));
        });
    }

    /** Confirms the draft or corrects it; a second submission of the quarter is refused unless it is the same. */
    @Transactional
    @Audited("employer-report.submit")
    public Submitted submit(EmployerReportRequest request) {
        String bin = caller.employerBin();
        ReportPeriod quarter = ReportPeriod.parse(request.period());
        ReportFigures corrected = request.figures() == null ? null : request.figures().figures();
        var earlier = reports.find(bin, quarter.toString());
        if (earlier.isPresent()) {
            return new Submitted(resubmitted(earlier.get(), corrected), true);
        }
        LocalDate today = LocalDate.now(clock);
        if (quarter.endedBy(today) && !reports.expectedToReport(bin, quarter.start(), quarter.end())) {
            throw new ProblemException(InspectionProblems.REPORT_NOT_DUE,
                    "BIN " + bin + " held no employer permit in " + quarter + "; there is nothing to report");
        }
        EmployerReport report = EmployerReport.submit(UUID.randomUUID(), bin, quarter, figures(bin, quarter),
                corrected, request.note(), config.reports().dueDaysAfterQuarter(), caller.subject(), today,
                clock.instant());
        if (!reports.insert(report)) {
            return new Submitted(resubmitted(reports.find(bin, quarter.toString()).orElseThrow(), corrected), true);
        }
        return new Submitted(EmployerReportView.of(report), false);
    }

    /** Submitted reports: an employer's own, or any for the ministry and auditors. */
    @Transactional
    public Page<EmployerReportView> list(String period, String employerBin, String cursor, int limit) {
        String bin = caller.is(Roles.EMPLOYER) ? caller.employerBin() : employerBin;
        String afterBin = null;
        String afterPeriod = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            afterBin = parts.get(0);
            afterPeriod = parts.get(1);
        }
        return Page.of(reports.list(period, bin, afterBin, afterPeriod, limit + 1), limit,
                r -> new Object[]{r.employerBin, r.period}, EmployerReportView::of);
    }

    /** Employers that held an employer permit in the quarter and have not reported it by its due day. */
    @Transactional
    public Page<OverdueReport> overdue(String period, String cursor, int limit) {
        ReportPeriod quarter = ReportPeriod.parse(period);
        LocalDate due = quarter.dueOn(config.reports().dueDaysAfterQuarter());
        if (!LocalDate.now(clock).isAfter(due)) {
            return new Page<>(List.of(), null);
        }
        String after = cursor == null ? null : PageCursor.decode(cursor, 1).get(0);
        return Page.of(reports.notReported(quarter.toString(), quarter.start(), quarter.end(), after, limit + 1),
                limit, bin -> new Object[]{bin}, bin -> new OverdueReport(bin, quarter.toString(), due));
    }

    private ReportFigures figures(String bin, ReportPeriod quarter) {
        ZoneId zone = clock.getZone();
        return reports.draft(bin, quarter.start(), quarter.end(), quarter.start().atStartOfDay(zone).toInstant(),
                quarter.end().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static EmployerReportView resubmitted(EmployerReport earlier, ReportFigures corrected) {
        boolean same = corrected == null || corrected.equals(earlier.reported());
        if (!same) {
            throw new ProblemException(InspectionProblems.REPORT_ALREADY_SUBMITTED,
                    "The report of " + earlier.period + " was submitted on " + earlier.submittedAt);
        }
        return EmployerReportView.of(earlier);
    }
}
