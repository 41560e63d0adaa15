package kz.migration.contract.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kz.migration.contract.api.ContractStatistics;
import kz.migration.contract.domain.ContractAmendment;
import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.domain.ForeignWorkerReplacement;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PublicContractTables;

/** Every query on contracts, their amendments and replacement reports. */
@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<LabourContract, UUID> {

    /** Search filters; null means "any". Dates are inclusive. */
    public record Filter(String permitNumber, String workerPassport, String employerBin, String employerIin,
            String region, ContractStatus status, Boolean late, LocalDate startFrom, LocalDate startTo,
            Instant registeredFrom, Instant registeredBefore) {

        /** The same filter for one employer (BIN or IIN, the other null) and region, as the caller's scope. */
        public Filter scopedTo(String bin, String iin, String scopedRegion) {
            return new Filter(permitNumber, workerPassport, bin, iin, scopedRegion, status, late, startFrom, startTo,
                    registeredFrom, registeredBefore);
        }
    }

    /** Position after the last contract of a page, in (registeredAt, id) order. */
    public record Cursor(Instant registeredAt, UUID id) {
    }

    public Optional<LabourContract> findByNumber(String contractNumber) {
        return find("contractNumber", contractNumber).firstResultOptional();
    }

    public List<LabourContract> activeOnPermit(String permitNumber) {
        return list("permitNumber = ?1 and status = ?2", Sort.by("registeredAt").and("id"), permitNumber,
                ContractStatus.ACTIVE);
    }

    /** One page in (registeredAt, id) order; fetches {@code limit + 1} so the caller knows whether more follow. */
    public List<LabourContract> search(Filter filter, Cursor after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        condition(where, params, "permitNumber", "=", filter.permitNumber());
        condition(where, params, "workerPassport", "=", filter.workerPassport());
        condition(where, params, "employerBin", "=", filter.employerBin());
        condition(where, params, "employerIin", "=", filter.employerIin());
        condition(where, params, "region", "=", filter.region());
        condition(where, params, "status", "=", filter.status());
        condition(where, params, "late", "=", filter.late());
        condition(where, params, "startDate", ">=", filter.startFrom(), "startFrom");
        condition(where, params, "startDate", "<=", filter.startTo(), "startTo");
        condition(where, params, "registeredAt", ">=", filter.registeredFrom(), "registeredFrom");
        condition(where, params, "registeredAt", "<", filter.registeredBefore(), "registeredBefore");
        if (after != null) {
            where.add("(registeredAt > :cursorAt or (registeredAt = :cursorAt and id > :cursorId))");
            params.put("cursorAt", after.registeredAt());
            params.put("cursorId", after.id());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("registeredAt").and("id"), params).page(0, limit + 1).list();
    }

    public Map<UUID, LocalDate> replacementDates(List<UUID> contractIds) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        if (!contractIds.isEmpty()) {
            getEntityManager()
                    .createQuery("from ForeignWorkerReplacement where contractId in :ids",
                            ForeignWorkerReplacement.class)
                    .setParameter("ids", contractIds).getResultList()
                    .forEach(r -> dates.put(r.contractId, r.replacedOn));
        }
        return dates;
    }

    public Optional<ForeignWorkerReplacement> replacement(UUID contractId) {
        return Optional.ofNullable(getEntityManager().find(ForeignWorkerReplacement.class, contractId));
    }

    public void persistReplacement(ForeignWorkerReplacement replacement) {
        getEntityManager().persist(replacement);
    }

    public void persistAmendment(ContractAmendment amendment) {
        getEntityManager().persist(amendment);
    }

    /** Registrations in [from, before) by region; {@code region} null for all regions. */
    public List<ContractStatistics.Row> statistics(Instant from, Instant before, String region) {
        String regionCondition = region == null ? "" : " and c.region = ?3";
        var query = getEntityManager().createNativeQuery("""
                select c.region, count(*), count(*) filter (where c.late),
                       count(*) filter (where c.status = 'ACTIVE'), count(*) filter (where c.status = 'TERMINATED'),
                       count(*) filter (where c.status in ('PERMIT_REVOKED', 'PERMIT_EXPIRED', 'PERMIT_TERMINATED')),
                       coalesce(sum(c.amendment_count), 0), coalesce(sum(c.late_amendments), 0), count(r.contract_id)
                from labour_contract c left join foreign_worker_replacement r on r.contract_id = c.id
                where c.registered_at >= ?1 and c.registered_at < ?2
                """ + regionCondition + " group by c.region order by c.region")
                .setParameter(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
        if (region != null) {
            query.setParameter(3, region);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ContractStatistics.Row((String) r[0], number(r[1]), number(r[2]),
                number(r[3]), number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]))).toList();
    }

    /**
     * Contracts registered in [from, cutoff), grouped by what the registry had recorded of each before
     * {@code cutoff}: its region and late flag, whether its log holds a termination or a permit's end, whether it had
     * amendments (a late one), whether a citizen had replaced its worker. Changes after the cutoff are not seen.
     */
    public List<PublicContractTables.ContractCount> publicCounts(Instant from, Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select c.region, c.late,
                       exists (select 1 from registry_entry e where e.contract_id = c.id
                               and e.action = 'TERMINATED' and e.recorded_at < ?2),
                       exists (select 1 from registry_entry e where e.contract_id = c.id
                               and e.action = 'PERMIT_ENDED' and e.recorded_at < ?2),
                       exists (select 1 from contract_amendment a where a.contract_id = c.id
                               and a.registered_at < ?2),
                       exists (select 1 from contract_amendment a where a.contract_id = c.id and a.late
                               and a.registered_at < ?2),
                       exists (select 1 from foreign_worker_replacement r where r.contract_id = c.id
                               and r.reported_at < ?2),
                       count(*)
                from labour_contract c
                where c.registered_at >= ?1 and c.registered_at < ?2
                group by 1, 2, 3, 4, 5, 6, 7
                """).setParameter(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).getResultList();
        return rows.stream().map(r -> new PublicContractTables.ContractCount((String) r[0], (Boolean) r[1],
                (Boolean) r[2], (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], (Boolean) r[6], number(r[7])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static void condition(List<String> where, Map<String, Object> params, String field, String operator,
            Object value) {
        condition(where, params, field, operator, value, field);
    }

    private static void condition(List<String> where, Map<String, Object> params, String field, String operator,
            Object value, String name) {
        if (value != null) {
            where.add(field + " " + operator + " :" + name);
            params.put(name, value);
        }
    }
}
