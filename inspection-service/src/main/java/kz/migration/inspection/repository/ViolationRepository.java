package kz.migration.inspection.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.migration.inspection.domain.EmployerViolation;
import kz.migration.inspection.domain.GrievanceKind;

/** The compliance register and its statistics. */
@ApplicationScoped
public class ViolationRepository {

    @Inject
    EntityManager em;

    /** Who a register list is about: an employer (BIN or IIN), an agency, a region, a kind, a period. */
    public record ViolationFilter(String employerBin, String employerIin, String agencyBin, String region,
            GrievanceKind kind, LocalDate from, LocalDate to) {
    }

    /** One cell of the statistics: month (first day), region, kind and how many. */
    public record Count(LocalDate month, String region, GrievanceKind kind, long count) {
    }

    public void persist(EmployerViolation violation) {
        em.persist(violation);
    }

    /** Newest first, after the cursor (confirmed on, id). */
    public List<EmployerViolation> list(ViolationFilter filter, LocalDate afterOn, UUID afterId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.employerBin() != null) {
            where.add("employerBin = :bin");
            params.put("bin", filter.employerBin());
        }
        if (filter.employerIin() != null) {
            where.add("employerIin = :iin");
            params.put("iin", filter.employerIin());
        }
        if (filter.agencyBin() != null) {
            where.add("recruitmentAgencyBin = :agency");
            params.put("agency", filter.agencyBin());
        }
        if (filter.region() != null) {
            where.add("region = :region");
            params.put("region", filter.region());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.add("confirmedOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("confirmedOn <= :to");
            params.put("to", filter.to());
        }
        if (afterId != null) {
            where.add("(confirmedOn < :afterOn or (confirmedOn = :afterOn and id < :afterId))");
            params.put("afterOn", afterOn);
            params.put("afterId", afterId);
        }
        var query = em.createQuery("from EmployerViolation"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by confirmedOn desc, id desc", EmployerViolation.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** Violations confirmed from {@code from} to {@code to}, by month, region and kind. */
    @SuppressWarnings("unchecked")
    public List<Count> counts(LocalDate from, LocalDate to, String region) {
        List<Object[]> rows = em.createNativeQuery("""
                select cast(date_trunc('month', confirmed_on) as date), region, kind, count(*)
                from employer_violation
                where confirmed_on between ?1 and ?2 and (cast(?3 as text) is null or region = ?3)
                group by 1, 2, 3 order by 1, 2, 3""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, region).getResultList();
        return rows.stream().map(r -> new Count(SqlValues.date(r[0]), (String) r[1],
                GrievanceKind.valueOf((String) r[2]), ((Number) r[3]).longValue())).toList();
    }
}
