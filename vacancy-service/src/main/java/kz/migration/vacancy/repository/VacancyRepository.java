package kz.migration.vacancy.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Below every UUID in PostgreSQL's (unsigned, bytewise) order: the cursor of a first batch. */
    private static final UUID FIRST_ID = new UUID(0, 0);

    public Optional<Vacancy> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The vacancies with these ids, by id (one query). */
    public Map<UUID, Vacancy> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
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
     * Locks up to {@code limit} open vacancies whose test has not passed and whose search was over by {@code today},
     * after the cursor, and returns their ids. Only candidates: {@code LabourMarketTest} decides whether each passes.
     * Rows another instance holds are skipped (SKIP LOCKED) and are assessed on its next run.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockSearchesOver(LocalDate today, LocalDate afterDate, UUID afterId, int limit) {
        return getEntityManager().createNativeQuery("""
                select id from vacancy
                where status = 'OPEN' and test_passed_at is null and foreign_labour_allowed_from <= ?1
                  and (foreign_labour_allowed_from, id) > (?2, ?3)
                order by foreign_labour_allowed_from, id
                limit ?4
                for update skip locked""", UUID.class)
                .setParameter(1, today).setParameter(2, afterDate == null ? LocalDate.EPOCH : afterDate)
                .setParameter(3, afterId == null ? FIRST_ID : afterId)
                .setParameter(4, limit).getResultList();
    }

    /**
     * Locks up to {@code limit} vacancies (after the cursor, by id) with an undecided referral whose outcome was due
     * before {@code today} and that is not yet marked overdue, and returns their ids. Only candidates: the domain
     * decides which referrals are overdue.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockWithOutcomesDue(LocalDate today, UUID afterId, int limit) {
        return getEntityManager().createNativeQuery("""
                select v.id from vacancy v
                where exists (select 1 from referral r
                              where r.vacancy_id = v.id and r.outcome is null and r.outcome_overdue_on is null
                                and r.outcome_due_on < ?1)
                  and v.id > ?2
                order by v.id
                limit ?3
                for update of v skip locked""", UUID.class)
                .setParameter(1, today)
                .setParameter(2, afterId == null ? FIRST_ID : afterId)
                .setParameter(3, limit).getResultList();
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
