package kz.migration.vacancy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change of a vacancy: who, when, and why it restarted the search (no reasons: it did not). */
@Entity
@Table(name = "vacancy_change")
public class VacancyChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vacancy_id", nullable = false)
    public UUID vacancyId;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public boolean material;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] reasons;

    @Column(name = "search_started_on")
    public LocalDate searchStartedOn;

    @Column(name = "foreign_labour_allowed_from")
    public LocalDate foreignLabourAllowedFrom;

    public static VacancyChange of(Vacancy vacancy, List<ChangeReason> reasons, String by, Instant now) {
        VacancyChange change = new VacancyChange();
        change.vacancyId = vacancy.id;
        change.changedAt = now;
        change.changedBy = by;
        change.material = !reasons.isEmpty();
        change.reasons = reasons.stream().map(Enum::name).toArray(String[]::new);
        change.searchStartedOn = vacancy.searchStartedOn;
        change.foreignLabourAllowedFrom = vacancy.foreignLabourAllowedFrom;
        return change;
    }
}
