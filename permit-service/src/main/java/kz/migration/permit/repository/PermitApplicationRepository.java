package kz.migration.permit.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.common.domain.PermitCategory;
import kz.migration.permit.domain.Ban;
import kz.migration.permit.domain.ForeignStaff;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.RevocationGround;

/** Every query on applications and permits. */
@ApplicationScoped
public class PermitApplicationRepository implements PanacheRepositoryBase<PermitApplication, UUID> {

    /** Filters of the list endpoint; null = any. */
    public record Filter(PermitStatus status, PermitCategory category, String region, String employerBin,
            UUID vacancyId) {
    }

    public Optional<PermitApplication> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<PermitApplication> findByReservation(UUID reservationId) {
        return find("reservationId", reservationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Those of {@code ids} no longer in {@code status}. */
    public List<PermitApplication> notInStatus(Collection<UUID> ids, PermitStatus status) {
        return list("id in ?1 and status <> ?2", ids, status);
    }

    public Optional<PermitApplication> findByPermitNumber(String number) {
        return find("permitNumber", number).firstResultOptional();
    }

    public Optional<PermitApplication> lockByPermitNumber(String number) {
        return find("permitNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * What a submission reads of a vacancy, in one statement: how many applications hold one of its positions (every
     * state except refused, withdrawn, lapsed) and the worker's application on it that is still in progress or
     * issued (at most one, by index).
     */
    public VacancyHolders vacancyHolders(UUID vacancyId, String passportNumber) {
        Object[] row = getEntityManager().createQuery("select h.held, l from (select count(a.id) as held "
                + "from PermitApplication a where a.vacancyId = ?1 and a.status in ?2) h "
                + "left join PermitApplication l on l.vacancyId = ?1 and l.workerPassportNumber = ?3 "
                + "and l.status in ?4", Object[].class)
                .setParameter(1, vacancyId).setParameter(2, PermitStatus.HOLDING_A_POSITION)
                .setParameter(3, passportNumber).setParameter(4, PermitStatus.LIVE)
                .setMaxResults(1).getSingleResult();
        return new VacancyHolders(((Number) row[0]).longValue(), Optional.ofNullable((PermitApplication) row[1]));
    }

    /** A vacancy's positions held and the worker's live application on it, as {@link #vacancyHolders} reads them. */
    public record VacancyHolders(long positionsHeld, Optional<PermitApplication> liveForWorker) {
    }

    /**
     * The revocation of this employer on a banning ground whose ban runs longest past {@code today}, if any. Which
     * grounds ban is {@link RevocationGround}'s to say; revocations on other grounds ban nobody, whatever an older
     * release stored.
     */
    public Optional<PermitApplication> activeBan(String employerBin, LocalDate today) {
        return find("employerBin = ?1 and status = ?2 and bannedUntil >= ?3 and revocationGround in ?4 "
                + "order by bannedUntil desc", employerBin, PermitStatus.REVOKED, today, RevocationGround.banning())
                .firstResultOptional();
    }

    /**
     * What the eligibility checks read of an employer's own permits, in one statement: each application in
     * {@code held} (its category and worker's citizenship), and the ban running on {@code today} (as
     * {@link #activeBan}, the latest to end).
     */
    public EmployerPermits employerPermits(String employerBin, Set<PermitStatus> held, LocalDate today) {
        List<Object[]> rows = getEntityManager().createQuery("select a.status, a.category, a.workerCitizenship, "
                + "a.permitNumber, a.revocationGround, a.bannedUntil from PermitApplication a "
                + "where a.employerBin = ?1 and (a.status in ?2 or (a.status = ?3 and a.bannedUntil >= ?4 "
                + "and a.revocationGround in ?5)) order by a.bannedUntil desc nulls last", Object[].class)
                .setParameter(1, employerBin)
                .setParameter(2, held).setParameter(3, PermitStatus.REVOKED).setParameter(4, today)
                .setParameter(5, RevocationGround.banning()).getResultList();
        List<ForeignStaff.HeldPermit> permits = new ArrayList<>();
        Optional<Ban> ban = Optional.empty();
        for (Object[] row : rows) {
            PermitStatus status = (PermitStatus) row[0];
            if (held.contains(status)) {
                permits.add(new ForeignStaff.HeldPermit((PermitCategory) row[1], (String) row[2]));
            }
            if (ban.isEmpty() && status == PermitStatus.REVOKED) {
                // The latest to end comes first, as activeBan's order says.
                ban = Ban.of((String) row[3], (RevocationGround) row[4], (LocalDate) row[5], today);
            }
        }
        return new EmployerPermits(List.copyOf(permits), ban);
    }

    /** An employer's permits as {@link #employerPermits} reads them. */
    public record EmployerPermits(List<ForeignStaff.HeldPermit> held, Optional<Ban> ban) {
    }

    public List<PermitApplication> page(Filter filter, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.category() != null) {
            query.append(" and category = :category");
            params.put("category", filter.category());
        }
        if (filter.region() != null) {
            query.append(" and region = :region");
            params.put("region", filter.region());
        }
        if (filter.employerBin() != null) {
            query.append(" and employerBin = :bin");
            params.put("bin", filter.employerBin());
        }
        if (filter.vacancyId() != null) {
            query.append(" and vacancyId = :vacancy");
            params.put("vacancy", filter.vacancyId());
        }
        return byDeadline(query, params, after, limit);
    }

    /** An officer's queue: undecided applications of the region, nearest deadline first. */
    public List<PermitApplication> queue(String region, PageCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        params.put("states", PermitStatus.IN_REVIEW);
        return byDeadline(new StringBuilder("region = :region and status in :states"), params, after, limit);
    }

    /** Undecided applications whose review deadline has passed, across regions unless one is given. */
    public List<PermitApplication> overdue(LocalDate today, String region, PageCursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("states", PermitStatus.IN_REVIEW);
        StringBuilder query = new StringBuilder("status in :states and reviewDeadline < :today");
        if (region != null) {
            query.append(" and region = :region");
            params.put("region", region);
        }
        return byDeadline(query, params, after, limit);
    }

    private List<PermitApplication> byDeadline(StringBuilder query, Map<String, Object> params, PageCursor after,
            int limit) {
        if (after != null) {
            query.append(" and (reviewDeadline > :afterDate or (reviewDeadline = :afterDate and id > :afterId))");
            params.put("afterDate", after.date());
            params.put("afterId", after.id());
        }
        query.append(" order by reviewDeadline, id");
        return find(query.toString(), params).page(0, limit + 1).list();
    }

    /**
     * Locks up to {@code limit} rows matching {@code condition} that no other instance holds, so two job
     * instances never work on the same permit; each row is re-checked by the state machine after the lock.
     */
    @SuppressWarnings("unchecked")
    public List<PermitApplication> claim(String condition, LocalDate today, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                "select id from permit_application where " + condition + " order by id limit ?2 for update skip locked",
                UUID.class).setParameter(1, today).setParameter(2, limit).getResultList();
        List<PermitApplication> claimed = new ArrayList<>();
        for (UUID id : ids) {
            claimed.add(findById(id));
        }
        return claimed;
    }

    public long nextPermitSerial() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('permit_number_seq')")
                .getSingleResult()).longValue();
    }
}
