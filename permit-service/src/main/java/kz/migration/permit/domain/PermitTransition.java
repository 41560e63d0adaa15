package kz.migration.permit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited step of an application's life: from, to, who (and in which role), when and why. */
@Entity
@Table(name = "permit_transition")
public class PermitTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PermitStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PermitStatus toStatus;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public Instant at;

    public String reason;

    protected PermitTransition() {
    }

    public PermitTransition(UUID applicationId, PermitStatus fromStatus, PermitStatus toStatus, String actor,
            String actorRole, Instant at, String reason) {
        this.applicationId = applicationId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.actorRole = actorRole;
        this.at = at;
        this.reason = reason;
    }
}
