package kz.migration.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A citizen replaced the foreign worker of a contract. The citizen's IIN is kept here and never published. */
@Entity
@Table(name = "foreign_worker_replacement")
public class ForeignWorkerReplacement extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "citizen_iin")
    public String citizenIin;

    @Column(name = "replaced_on")
    public LocalDate replacedOn;

    @Column(name = "reported_at")
    public Instant reportedAt;
}
