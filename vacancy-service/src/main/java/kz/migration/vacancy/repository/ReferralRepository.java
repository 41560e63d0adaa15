package kz.migration.vacancy.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.vacancy.api.EmployerFlag;
import kz.migration.vacancy.domain.Referral;

/** Every query on referrals, including the unjustified-rejection statistics behind the employer flags. */
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

    /**
     * Employers (per region) with at least {@code minimumDecided} decided referrals of which more than
     * {@code share} were rejected without a justified reason, ordered by BIN and region after the cursor.
     */
    @SuppressWarnings("unchecked")
    public List<EmployerFlag> flagged(String region, BigDecimal share, int minimumDecided, String afterBin,
            String afterRegion, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select v.employer_bin, v.region, count(*) as decided,
                       count(*) filter (where r.rejection_justified = false) as unjustified
                from referral r join vacancy v on v.id = r.vacancy_id
                where r.outcome is not null
                  and (?1 = '' or v.region = ?1)
                  and (v.employer_bin, v.region) > (?4, ?5)
                group by v.employer_bin, v.region
                having count(*) >= ?3 and count(*) filter (where r.rejection_justified = false) > ?2 * count(*)
                order by v.employer_bin, v.region
                limit ?6""")
                .setParameter(1, region == null ? "" : region).setParameter(2, share).setParameter(3, minimumDecided)
                .setParameter(4, afterBin == null ? "" : afterBin)
                .setParameter(5, afterRegion == null ? "" : afterRegion)
                .setParameter(6, limit).getResultList();
        return rows.stream().map(r -> {
            long decided = ((Number) r[2]).longValue();
            long unjustified = ((Number) r[3]).longValue();
            return new EmployerFlag((String) r[0], (String) r[1], decided, unjustified,
                    BigDecimal.valueOf(unjustified).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP),
                    share);
        }).toList();
    }
}
