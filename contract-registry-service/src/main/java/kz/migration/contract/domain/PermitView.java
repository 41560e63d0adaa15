package kz.migration.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What this registry knows of one permit, from permit.events only; registrations are validated against it. */
@Entity
@Table(name = "permit_view")
public class PermitView extends PanacheEntityBase {

    @Id
    @Column(name = "permit_number")
    public String permitNumber;

    @Enumerated(EnumType.STRING)
    public PermitKind kind;

    @Enumerated(EnumType.STRING)
    public PermitStatus status;

    @Column(name = "employer_bin")
    public String employerBin;

    public String region;

    public String category;

    @Column(name = "occupation_code")
    public String occupationCode;

    public String citizenship;

    @Column(name = "worker_document_number")
    public String workerDocumentNumber;

    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Monthly salary in tenge declared in the permit application; none for a labour immigrant's permit. */
    public BigDecimal salary;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Moves with every change of the row: a registration judged on one version is written only on that version. */
    @Version
    public long version;

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
