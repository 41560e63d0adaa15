package kz.migration.vacancy.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.vacancy.domain.EmployerReferralRecord;
import kz.migration.vacancy.domain.Referral;

/** Every query on referrals, including the per-employer counts behind the employer flags. */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public boolean exists(UUID vacancyId, String candidateIin) {
        return find("vacancyId = ?1 and candidateIin = ?2", vacancyId, candidateIin).firstResultOptional().isPresent();
    }

    public List<Referral> list(UUID vacancyId, Instant afterAt, UUID afterId, int limit) {
        if (afterAt == null) {
            return find("vacancyId = ?1 order by referredAt, id", vacancyId).page(0, limit).list();
        }
        return find("vacancyId = ?1 and (referredAt > ?2 or (referredAt = ?2 and id > ?3)) order by referredAt, id",
                vacancyId, afterAt, afterId).page(0, limit).list();
    }

    /** The referrals of these vacancies that have no outcome yet. */
    public List<Referral> undecided(Collection<UUID> vacancyIds) {
        if (vacancyIds.isEmpty()) {
            return List.of();
        }
        return find("vacancyId in ?1 and outcome is null order by referredAt, id", vacancyIds).list();
    }

    /**
     * Per employer and region (of the region given, else all), ordered by BIN and region after the cursor: the
     * referrals decided, rejected without a justified reason and marked overdue. Counts only; whether they flag the
     * employer is {@code EmployerFlagPolicy}'s decision.
     */
    @SuppressWarnings("unchecked")
    public List<EmployerReferralRecord> records(String region, String afterBin, String afterRegion, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select v.employer_bin, v.region,
                       count(*) filter (where r.outcome is not null) as decided,
                       count(*) filter (where r.rejection_justified = false) as unjustified,
                       count(*) filter (where r.outcome_overdue_on is not null) as overdue
                from referral r join vacancy v on v.id = r.vacancy_id
                where (r.outcome is not null or r.outcome_overdue_on is not null)
                  and (?1 = '' or v.region = ?1)
                  and (v.employer_bin, v.region) > (?2, ?3)
                group by v.employer_bin, v.region
                order by v.employer_bin, v.region
                limit ?4""")
                .setParameter(1, region == null ? "" : region)
                .setParameter(2, afterBin == null ? "" : afterBin)
                .setParameter(3, afterRegion == null ? "" : afterRegion)
                .setParameter(4, limit).getResultList();
        return rows.stream().map(r -> new EmployerReferralRecord((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }
}
