package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Verifies;
import kz.migration.permit.domain.IssuingAuthorities.Filer;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/** Who decides a labour-immigrant permit, as configured in application.properties, on each side of 13 April 2026. */
class IssuingAuthoritiesTest {

    static final String PREFIX = "permit.labour-immigrant.issuing-authority.";
    static final String ALMATY = "750000000";
    static final LocalDate LAST_POLICE_DAY = LocalDate.of(2026, 4, 12);
    static final LocalDate FIRST_AKIMAT_DAY = LocalDate.of(2026, 4, 13);

    final IssuingAuthorities authorities = new IssuingAuthorities(Dated.ofIsoKeys(configured()));

    /** The rule as the service is configured, read from its own properties file. */
    static Map<String, IssuingAuthority> configured() {
        try {
            return Files.readAllLines(Path.of("src", "main", "resources", "application.properties")).stream()
                    .filter(line -> line.startsWith(PREFIX)).collect(Collectors.toMap(
                            line -> line.substring(PREFIX.length(), line.indexOf('=')).replace("\"", ""),
                            line -> IssuingAuthority.valueOf(line.substring(line.indexOf('=') + 1).trim())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Verifies("permit.labour-immigrant.issuing-authority")
    void theMigrationPoliceIssuedThePermitUntil12April2026() {
        assertEquals(IssuingAuthority.MIGRATION_POLICE, authorities.on(LAST_POLICE_DAY));
        assertEquals(Optional.empty(), authorities.refusalOf(Filer.migrationPolice(), ALMATY, LAST_POLICE_DAY));
        LabourImmigrantFinding officer = authorities
                .refusalOf(Filer.localExecutiveBody(ALMATY), ALMATY, LAST_POLICE_DAY).orElseThrow();
        assertEquals(Ground.NOT_ISSUING_AUTHORITY, officer.ground());
        assertEquals("MIGRATION_POLICE", officer.facts().get("issuingAuthority"));
    }

    @Test
    @Verifies("permit.labour-immigrant.issuing-authority")
    void from13April2026TheLocalExecutiveBodyOfTheRegionDecides() {
        assertEquals(IssuingAuthority.LOCAL_EXECUTIVE_BODY, authorities.on(FIRST_AKIMAT_DAY));
        assertEquals(Optional.empty(),
                authorities.refusalOf(Filer.localExecutiveBody(ALMATY), ALMATY, FIRST_AKIMAT_DAY));
        LabourImmigrantFinding police = authorities.refusalOf(Filer.migrationPolice(), ALMATY, FIRST_AKIMAT_DAY)
                .orElseThrow();
        assertEquals(Ground.NOT_ISSUING_AUTHORITY, police.ground());
        assertTrue(police.detail().contains("online through eGov"), police.detail());
        assertEquals("2026-04-13", police.facts().get("inForceSince"));
        LabourImmigrantFinding otherRegion = authorities
                .refusalOf(Filer.localExecutiveBody("710000000"), ALMATY, FIRST_AKIMAT_DAY).orElseThrow();
        assertTrue(otherRegion.detail().contains("region " + ALMATY), otherRegion.detail());
    }

    @Test
    @Verifies("permit.labour-immigrant.issuing-authority")
    void aRequestFiledWithTheLocalExecutiveBodyWaitsForTheInternalAffairsAgreement() {
        assertEquals(LabourImmigrantPermitStatus.AWAITING_TAX, IssuingAuthority.MIGRATION_POLICE.firstStatus());
        assertEquals(LabourImmigrantPermitStatus.AWAITING_AGREEMENT,
                IssuingAuthority.LOCAL_EXECUTIVE_BODY.firstStatus());
    }
}
