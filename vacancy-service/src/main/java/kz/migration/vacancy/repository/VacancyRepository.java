package kz.migration.vacancy.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyChange;

/** Every query on vacancies, their change log and their foreign-worker fills. */
@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    /** The sort key of the vacancy lists: newest first. */
    public record ListKey(Instant postedAt, UUID id) {
    }

    /** A vacancy whose labour-market test the job just passed, as the UPDATE returned it. */
    public record PassedTest(UUID id, String employerBin, String region, String occupationCode, int positions,
            BigDecimal salary) {
    }

    public Optional<Vacancy> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Vacancy> list(VacancyFilter filter, ListKey after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.employerBin() != null) {
            where.add("employerBin = :bin");
            params.put("bin", filter.employerBin());
        }
        if (filter.region() != null) {
            where.add("region = :region");
            params.put("region", filter.region());
        }
        if (filter.occupationCode() != null) {
            where.add("occupationCode = :occupation");
            params.put("occupation", filter.occupationCode());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.postedFrom() != null) {
            where.add("postedOn >= :from");
            params.put("from", filter.postedFrom());
        }
        if (filter.postedTo() != null) {
            where.add("postedOn <= :to");
            params.put("to", filter.postedTo());
        }
        if (after != null) {
            where.add("(postedAt < :afterAt or (postedAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.postedAt());
            params.put("afterId", after.id());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by postedAt desc, id desc";
        return find(query, params).page(0, limit).list();
    }

    public List<VacancyChange> changes(UUID vacancyId, Long afterId, int limit) {
        return getEntityManager().createQuery("""
                from VacancyChange where vacancyId = :vacancy and id > :after order by id""", VacancyChange.class)
                .setParameter("vacancy", vacancyId).setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(limit).getResultList();
    }

    public void record(VacancyChange change) {
        getEntityManager().persist(change);
    }

    /**
     * Passes the test of up to {@code limit} due vacancies in one statement. Rows another instance is passing are
     * skipped (SKIP LOCKED), and the UPDATE re-checks {@code test_passed_at is null} on the locked row, so each
     * vacancy passes exactly once however many jobs run at the same time.
     */
    @SuppressWarnings("unchecked")
    public List<PassedTest> passDueTests(LocalDate today, Instant now, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with due as (
                    select id from vacancy
                    where status = 'OPEN' and test_passed_at is null and open_positions > 0
                      and foreign_labour_allowed_from <= ?1
                    order by foreign_labour_allowed_from, id
                    limit ?3
                    for update skip locked)
                update vacancy v
                set test_passed_at = ?2, passed_positions = v.open_positions, version = v.version + 1
                from due
                where v.id = due.id and v.test_passed_at is null and v.status = 'OPEN' and v.open_positions > 0
                returning v.id, v.employer_bin, v.region, v.occupation_code, v.open_positions, v.salary""")
                .setParameter(1, today).setParameter(2, now).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new PassedTest((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (BigDecimal) r[5])).toList();
    }

    /** Records that the contract was counted; the primary key refuses a second row for one contract. */
    public void recordForeignFill(UUID contractId, UUID vacancyId, String contractNumber, boolean positionFilled,
            Instant registeredAt) {
        getEntityManager()
                .createNativeQuery(
                        """
                                insert into foreign_worker_fill (contract_id, vacancy_id, contract_number, position_filled, registered_at)
                                values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, contractId).setParameter(2, vacancyId).setParameter(3, contractNumber)
                .setParameter(4, positionFilled).setParameter(5, registeredAt).executeUpdate();
    }

    public boolean foreignFillRecorded(UUID contractId) {
        return !getEntityManager().createNativeQuery("select 1 from foreign_worker_fill where contract_id = ?1")
                .setParameter(1, contractId).getResultList().isEmpty();
    }
}
