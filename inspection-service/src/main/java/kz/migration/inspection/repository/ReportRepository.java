package kz.migration.inspection.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.migration.inspection.domain.EmployerReport;
import kz.migration.inspection.domain.ReportFigures;

/** Employers' quarterly reports, and the figures the registry drafts them from. */
@ApplicationScoped
public class ReportRepository {

    @Inject
    EntityManager em;

    public Optional<EmployerReport> find(String employerBin, String period) {
        return em.createQuery("from EmployerReport where employerBin = :bin and period = :period",
                EmployerReport.class).setParameter("bin", employerBin).setParameter("period", period)
                .getResultStream().findFirst();
    }

    /** Inserts the report unless one exists for the employer and quarter; returns whether it did. */
    public boolean insert(EmployerReport report) {
        if (find(report.employerBin, report.period).isPresent()) {
            return false;
        }
        em.persist(report);
        em.flush();
        return true;
    }

    /** Submitted reports (of a quarter, of an employer), by employer BIN and quarter after the cursor. */
    public List<EmployerReport> list(String period, String employerBin, String afterBin, String afterPeriod,
            int limit) {
        StringBuilder where = new StringBuilder(
                "(employerBin > :after or (employerBin = :after and period > :afterPeriod))");
        if (period != null) {
            where.append(" and period = :period");
        }
        if (employerBin != null) {
            where.append(" and employerBin = :bin");
        }
        var query = em.createQuery("from EmployerReport where " + where + " order by employerBin, period",
                EmployerReport.class).setParameter("after", afterBin == null ? "" : afterBin)
                .setParameter("afterPeriod", afterPeriod == null ? "" : afterPeriod);
        if (period != null) {
            query.setParameter("period", period);
        }
        if (employerBin != null) {
            query.setParameter("bin", employerBin);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Whether the employer is to report the quarter: it held an employer permit in force on some day of it (seed
     * 004: "Employers who have received permits to attract foreign labor").
     */
    public boolean expectedToReport(String employerBin, LocalDate start, LocalDate end) {
        return !em.createNativeQuery("""
                select 1 from permit_view
                where kind = 'EMPLOYER' and employer_bin = ?1 and valid_from <= ?3 and valid_to >= ?2
                  and (ended_on is null or ended_on >= ?2) limit 1""")
                .setParameter(1, employerBin).setParameter(2, start).setParameter(3, end).getResultList().isEmpty();
    }

    /** Employers expected to report the quarter that have not, by BIN after the cursor. */
    @SuppressWarnings("unchecked")
    public List<String> notReported(String period, LocalDate start, LocalDate end, String afterBin, int limit) {
        return em.createNativeQuery("""
                select distinct p.employer_bin from permit_view p
                where p.kind = 'EMPLOYER' and p.employer_bin is not null and p.valid_from <= ?3 and p.valid_to >= ?2
                  and (p.ended_on is null or p.ended_on >= ?2) and p.employer_bin > ?4
                  and not exists (select 1 from employer_report r where r.employer_bin = p.employer_bin
                                  and r.period = ?1)
                order by p.employer_bin limit ?5""", String.class)
                .setParameter(1, period).setParameter(2, start).setParameter(3, end)
                .setParameter(4, afterBin == null ? "" : afterBin).setParameter(5, limit).getResultList();
    }

    /**
     * The registry's draft of the employer's quarter from its read-models; {@code from} and {@code until} are the
     * instants the quarter's first day starts and the day after its last starts.
     */
    public ReportFigures draft(String employerBin, LocalDate start, LocalDate end, Instant from, Instant until) {
        Object[] row = (Object[]) em
                .createNativeQuery(
                        """
                                select
                                  (select count(*) from contract_view c where c.employer_bin = ?1 and c.start_date <= ?2
                                     and (c.end_date is null or c.end_date >= ?2) and (c.terminated_on is null or c.terminated_on >= ?2)),
                                  (select count(*) from contract_view c where c.employer_bin = ?1 and c.start_date <= ?3
                                     and (c.end_date is null or c.end_date >= ?3) and (c.terminated_on is null or c.terminated_on >= ?3)),
                                  (select count(*) from permit_view p where p.kind = 'EMPLOYER' and p.employer_bin = ?1
                                     and p.issued_on between ?2 and ?3),
                                  (select count(*) from permit_view p where p.kind = 'EMPLOYER' and p.employer_bin = ?1
                                     and p.ended_on between ?2 and ?3),
                                  (select count(*) from contract_view c where c.employer_bin = ?1 and c.registered_at >= ?4
                                     and c.registered_at < ?5),
                                  (select count(*) from contract_view c where c.employer_bin = ?1 and c.terminated_on between ?2 and ?3),
                                  (select count(*) from worker_replacement w where w.employer_bin = ?1
                                     and w.replaced_on between ?2 and ?3)""")
                .setParameter(1, employerBin).setParameter(2, start).setParameter(3, end).setParameter(4, from)
                .setParameter(5, until).getSingleResult();
        return new ReportFigures(SqlValues.integer(row[0]), SqlValues.integer(row[1]), SqlValues.integer(row[2]),
                SqlValues.integer(row[3]), SqlValues.integer(row[4]), SqlValues.integer(row[5]),
                SqlValues.integer(row[6]));
    }
}
