package kz.migration.common.probe;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One applied event of {@link ProbeConsumer}. */
@Entity
@Table(name = "probe_effect")
public class ProbeEffect extends PanacheEntity {

    @Column(name = "vacancy_id")
    public UUID vacancyId;

    public int sequence;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "trace_id")
    public String traceId;

    public static long countFor(UUID vacancyId) {
        return count("vacancyId", vacancyId);
    }
}
