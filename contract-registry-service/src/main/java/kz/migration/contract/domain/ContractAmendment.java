package kz.migration.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One registered amendment of a contract; late when registered after the amendment deadline. */
@Entity
@Table(name = "contract_amendment")
public class ContractAmendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "changed_fields")
    public String changedFields;

    public boolean late;

    @Column(name = "registered_at")
    public Instant registeredAt;

    public static ContractAmendment of(LabourContract contract, AmendedTerms amendment, List<String> changedFields,
            boolean late, Instant registeredAt) {
        ContractAmendment a = new ContractAmendment();
        a.id = UUID.randomUUID();
        a.contractId = contract.id;
        a.signedOn = amendment.signedOn();
        a.changedFields = String.join(",", changedFields);
        a.late = late;
        a.registeredAt = registeredAt;
        return a;
    }
}
