package kz.migration.inspection.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contract's monthly salary from a day on: registered, then each amendment that changed it. */
@Entity
@Table(name = "contract_salary")
public class ContractSalary {

    @Id
    public UUID id;

    @Column(name = "contract_number", nullable = false, updatable = false)
    public String contractNumber;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    public BigDecimal salary;

    public String currency;
}
