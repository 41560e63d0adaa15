package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Read-model of a vacancy whose domestic labour-market test passed (vacancy.LabourMarketTestPassed). */
@Entity
@Table(name = "labour_market_test")
public class LabourMarketTest extends PanacheEntityBase {

    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(name = "employer_bin")
    public String employerBin;

    public String region;

    @Column(name = "occupation_code")
    public String occupationCode;

    public int positions;

    public BigDecimal salary;

    @Column(name = "passed_at")
    public Instant passedAt;

    /** False once the vacancy closed or a material change restarted the search. */
    public boolean active;
}
