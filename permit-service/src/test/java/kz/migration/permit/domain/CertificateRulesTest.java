package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

/** What a permit certificate may say, about whom, to whom, and under which key: plain objects. */
class CertificateRulesTest {

    static final Instant ISSUED_AT = Instant.parse("2026-12-24T05:30:00Z");

    static PermitApplication employerPermit() {
        PermitApplication permit = new PermitApplication();
        permit.id = UUID.randomUUID();
        permit.permitNumber = "WP-2026-000042";
        permit.status = PermitStatus.ISSUED;
        permit.category = PermitCategory.CATEGORY_3;
        permit.employerBin = "291417776310";
        permit.region = "750000000";
        permit.occupationCode = "2512";
        permit.workerFullName = "Ivan Petrov";
        permit.workerCitizenship = "UZ";
        permit.workerPassportNumber = "FA7345120";
        permit.validFrom = LocalDate.of(2026, 12, 24);
        permit.validTo = LocalDate.of(2027, 12, 23);
        return permit;
    }

    static LabourImmigrantPermit labourImmigrantPermit() {
        LabourImmigrantPermit permit = LabourImmigrantPermitLifecycleTest.requested(IssuingAuthority.MIGRATION_POLICE);
        permit.permitNumber = "LI-2026-000007";
        permit.status = LabourImmigrantPermitStatus.ISSUED;
        permit.validFrom = LocalDate.of(2026, 12, 8);
        permit.validTo = LocalDate.of(2027, 3, 7);
        return permit;
    }

    @Test
    @Verifies("permit.certificate.public-facts")
    void anEmployersPermitCertificateStatesThePublicFactsAndNeitherPassportNorFullName() {
        CertificateFacts facts = CertificateFacts.of(employerPermit());

        assertEquals(new CertificateFacts("WP-2026-000042", "EMPLOYER", PermitCategory.CATEGORY_3, "I. P.", "UZ",
                "291417776310", "750000000", "2512", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 12, 23)), facts);
        String claims = facts.claims(ISSUED_AT);
        assertEquals("{\"permitNumber\":\"WP-2026-000042\",\"kind\":\"EMPLOYER\",\"category\":\"CATEGORY_3\","
                + "\"holder\":\"I. P.\",\"citizenship\":\"UZ\",\"employerBin\":\"291417776310\","
                + "\"region\":\"750000000\",\"occupation\":\"2512\",\"validFrom\":\"2026-12-24\","
                + "\"validTo\":\"2027-12-23\",\"iat\":1798090200}", claims);
        assertFalse(claims.contains("FA7345120"), claims);
        assertFalse(claims.contains("Petrov"), claims);
    }

    @Test
    @Verifies("permit.certificate.public-facts")
    void aLabourImmigrantsPermitCertificateNamesNoEmployer() {
        CertificateFacts facts = CertificateFacts.of(labourImmigrantPermit());

        assertEquals("LABOUR_IMMIGRANT", facts.kind());
        assertEquals(PermitCategory.LABOUR_IMMIGRANT, facts.category());
        assertEquals("A. K.", facts.holder());
        assertEquals(null, facts.employerBin());
        String claims = facts.claims(ISSUED_AT);
        assertTrue(claims.contains("\"employerBin\":null"), claims);
        assertTrue(claims.contains("\"occupation\":\"9111\""), claims);
        assertFalse(claims.contains("FA7345120"), claims);
        assertFalse(claims.contains("Karimov"), claims);
    }

    @Test
    @Verifies("permit.certificate.public-facts")
    void theSameFactsAreOneCertificateWhateverTheIssueTime() {
        CertificateFacts facts = CertificateFacts.of(employerPermit());
        PermitApplication renewed = employerPermit();
        renewed.validTo = renewed.validTo.plusYears(1);

        assertEquals(facts.digest(), CertificateFacts.of(employerPermit()).digest());
        assertNotEquals(facts.digest(), CertificateFacts.of(renewed).digest());
        assertNotEquals(facts.claims(ISSUED_AT), facts.claims(ISSUED_AT.plusSeconds(1)));
    }

    @Test
    @Verifies("permit.certificate.masked-holder")
    void theHolderIsShownByInitialsOnly() {
        assertEquals("A. K.", CertificateFacts.initials("Aziz Karimov"));
        assertEquals("A.-M. L.", CertificateFacts.initials("  Anna-Maria   Lopez "));
        assertEquals("O. M. D.", CertificateFacts.initials("o'Neil mc Donald"));
        assertEquals("Ә. Қ. Ұ.", CertificateFacts.initials("әлия Қасымқызы ұлы"));
        assertEquals("Ж. Д.", CertificateFacts.initials("Жанна Дюсенова"));
        assertEquals("I. P.", CertificateFacts.initials("Ivan — Petrov"));
    }

    @Test
    @Verifies("permit.certificate.masked-holder")
    void aNameWithQuotesOrControlCharactersStaysValidJson() {
        assertEquals("\"A \\\"B\\\" \\\\ \\u0007\"", CertificateFacts.string("A \"B\" \\ \u0007"));
        assertEquals("null", CertificateFacts.string(null));
    }

    @Test
    @Verifies("permit.certificate.in-force-only")
    void onlyAPermitInForceGetsACertificate() {
        assertEquals(Optional.empty(), CertificateFacts.refusal("WP-2026-000042", "ISSUED"));
        for (String status : List.of("SUBMITTED", "AWAITING_FEE", "REVOKED", "EXPIRED", "TERMINATED",
                "PENDING_QUOTA", "REFUSED", "LAPSED")) {
            String refusal = CertificateFacts.refusal("WP-2026-000042", status).orElseThrow();
            assertTrue(refusal.contains(status) && refusal.contains("in force"), refusal);
        }
    }

    @Test
    @Verifies("permit.certificate.who-may-fetch")
    void onlyTheHoldersPassportNumberOpensTheCertificate() {
        assertTrue(CertificateAccess.holderMay("FA7345120", "FA7345120"));
        assertFalse(CertificateAccess.holderMay("FA7345121", "FA7345120"));
        assertFalse(CertificateAccess.holderMay("fa7345120", "FA7345120"));
        assertFalse(CertificateAccess.holderMay("FA734512", "FA7345120"));
        assertFalse(CertificateAccess.holderMay(null, "FA7345120"));
        assertFalse(CertificateAccess.holderMay("FA7345120", null));
    }

    @Test
    @Verifies("permit.certificate.key-expiry")
    void aKeyPastItsExpirySignsNothing() {
        Instant expiry = Instant.parse("2027-12-31T00:00:00Z");
        assertEquals(Optional.empty(),
                CertificateKeyPolicy.refusalToSign("k1", Optional.of(expiry), expiry.minusSeconds(1)));
        assertTrue(CertificateKeyPolicy.refusalToSign("k1", Optional.of(expiry), expiry).orElseThrow()
                .contains("k1 expired at 2027-12-31T00:00:00Z"));
        assertEquals(Optional.empty(), CertificateKeyPolicy.refusalToSign("k1", Optional.empty(),
                Instant.parse("2099-01-01T00:00:00Z")));
    }

    @Test
    @Verifies("permit.certificate.key-publication")
    void anOldKeyStaysPublishedWhileACertificateItSignedIsValidAndANextKeyBeforeItSigns() {
        LocalDate today = LocalDate.of(2027, 6, 1);
        Map<String, LocalDate> lastValidTo = Map.of("current", LocalDate.of(2028, 5, 31),
                "old-still-needed", today, "old-done", today.minusDays(1));

        assertEquals(List.of("current", "old-still-needed", "next"), CertificateKeyPolicy.published("current",
                List.of("old-still-needed", "old-done", "next", "current"), lastValidTo, today));
        assertEquals(List.of("current"), CertificateKeyPolicy.published("current", List.of(), Map.of(), today));
    }
}
