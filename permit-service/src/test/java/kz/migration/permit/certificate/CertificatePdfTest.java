package kz.migration.permit.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.security.ProductionSafetyCheck;
import kz.migration.permit.domain.CertificateFacts;
import kz.migration.tlog.Ed25519;

/**
 * A certificate as its reader meets it: the PDF parses, prints its facts in Kazakh, Russian and English, and its QR
 * code, read back from the rendered page, is a JWS that an independent JOSE library (jose4j) verifies with the
 * published key alone. Plain objects: the key, the signer and the renderer, no Quarkus.
 */
class CertificatePdfTest {

    static final Instant ISSUED_AT = Instant.parse("2026-12-24T05:30:00Z");
    static final String PUBLIC_URL = "https://registry.migration.gov.kz";
    static final CertificateFacts EMPLOYER_PERMIT = new CertificateFacts("WP-2026-000042", "EMPLOYER",
            PermitCategory.CATEGORY_3, "I. P.", "UZ", "291417776310", "750000000", "2512", LocalDate.of(2026, 12, 24),
            LocalDate.of(2027, 12, 23));
    static final CertificateFacts LABOUR_IMMIGRANT_PERMIT = new CertificateFacts("LI-2026-000007",
            "LABOUR_IMMIGRANT", PermitCategory.LABOUR_IMMIGRANT, "Ә. Қ.", "TJ", null, "710000000", "9111",
            LocalDate.of(2026, 12, 8), LocalDate.of(2027, 3, 7));

    /** RFC 8037 appendix A.1: the example Ed25519 key (seed d, public x) and A.3 its thumbprint. */
    static final String RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    static final String RFC8037_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    /** RFC 8037 appendix A.4: the JWS of "Example of Ed25519 signing" with header {"alg":"EdDSA"}. */
    static final String RFC8037_SIGNING_INPUT = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    static final String RFC8037_SIGNATURE = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    private final SigningKey key = SigningKey.of(Ed25519Keys.devSeed(), Optional.empty());
    private final CertificatePdf renderer = new CertificatePdf();

    @Test
    void theKeyArithmeticIsRfc8037s() {
        byte[] seed = Base64.getUrlDecoder().decode(RFC8037_D);
        assertEquals(RFC8037_X, Ed25519Keys.base64Url(Ed25519.publicKeyOf(seed)));
        assertEquals(RFC8037_THUMBPRINT, SigningKey.of(seed, Optional.empty()).keyId());
        assertEquals(RFC8037_SIGNATURE, Ed25519Keys.base64Url(Ed25519.sign(Ed25519.privateKey(seed),
                RFC8037_SIGNING_INPUT.getBytes(StandardCharsets.US_ASCII))));
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
                + "-----END PRIVATE KEY-----\n";
        assertArrayEquals(seed, Ed25519Keys.seedOfPem(pem));
        assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.seedOfPem("-----BEGIN PRIVATE KEY-----\n"
                + "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PRIVATE KEY-----\n"));
    }

    /**
     * The wire format, pinned: the RFC 8037 key signs these facts into exactly this JWS, which api-client's
     * CertificateVerifierTest verifies as its first input. A change of header, claims or their order breaks both.
     */
    @Test
    void theCertificateFormatIsPinnedForTheOfflineVerifier() {
        SigningKey rfc8037 = SigningKey.of(Base64.getUrlDecoder().decode(RFC8037_D), Optional.empty());

        assertEquals(
                "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJwZXJtaXQtY2VydGlmaWNhdGUrand0In0"
                        + ".eyJwZXJtaXROdW1iZXIiOiJXUC0yMDI2LTAwMDA0MiIsImtpbmQiOiJFTVBMT1lFUiIsImNhdGVnb3J5IjoiQ0FURUdPUllfMyIsImhvbGRlciI6IkkuIFAuIiwiY2l0aXplbnNoaXAiOiJVWiIsImVtcGxveWVyQmluIjoiMjkxNDE3Nzc2MzEwIiwicmVnaW9uIjoiNzUwMDAwMDAwIiwib2NjdXBhdGlvbiI6IjI1MTIiLCJ2YWxpZEZyb20iOiIyMDI2LTEyLTI0IiwidmFsaWRUbyI6IjIwMjctMTItMjMiLCJpYXQiOjE3OTgwOTAyMDB9"
                        + ".7u31JWO0OJ0RMRV-Dwkfy4SBuRnEodE87kUdfTI5PApMLWhsPcUyToPMQPO6Fx5rbGtLvqm4xVM_zVCep2Q5CQ",
                rfc8037.sign(EMPLOYER_PERMIT.claims(ISSUED_AT)));
        assertEquals(
                "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJwZXJtaXQtY2VydGlmaWNhdGUrand0In0"
                        + ".eyJwZXJtaXROdW1iZXIiOiJMSS0yMDI2LTAwMDAwNyIsImtpbmQiOiJMQUJPVVJfSU1NSUdSQU5UIiwiY2F0ZWdvcnkiOiJMQUJPVVJfSU1NSUdSQU5UIiwiaG9sZGVyIjoi05guINKaLiIsImNpdGl6ZW5zaGlwIjoiVEoiLCJlbXBsb3llckJpbiI6bnVsbCwicmVnaW9uIjoiNzEwMDAwMDAwIiwib2NjdXBhdGlvbiI6IjkxMTEiLCJ2YWxpZEZyb20iOiIyMDI2LTEyLTA4IiwidmFsaWRUbyI6IjIwMjctMDMtMDciLCJpYXQiOjE3OTgwOTAyMDB9"
                        + ".r4h0v5wRyRm3K4wOO1FaDKB8dUGpMODgPycmdHL8od6S8USnJlV_SN7OEKwrmsA6s-K--rfQoThD_M3txAWhAQ",
                rfc8037.sign(LABOUR_IMMIGRANT_PERMIT.claims(ISSUED_AT)));
    }

    @Test
    void throwawayKeysCarryTheDevMarkThatProductionRefuses() {
        assertTrue(ProductionSafetyCheck.isDevSigningSeed(Ed25519Keys.devSeed()));
    }

    @Test
    void thePdfParsesAndPrintsTheSignedFactsInKazakhRussianAndEnglish() throws IOException {
        String jws = key.sign(EMPLOYER_PERMIT.claims(ISSUED_AT));
        byte[] pdf = renderer.render(EMPLOYER_PERMIT, ISSUED_AT, jws, key.keyId(), PUBLIC_URL);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[]{"ШЕТЕЛДІК ЖҰМЫС КҮШІН ТАРТУҒА РҰҚСАТ",
                    "РАЗРЕШЕНИЕ НА ПРИВЛЕЧЕНИЕ ИНОСТРАННОЙ РАБОЧЕЙ СИЛЫ", "WP-2026-000042", "EMPLOYER", "CATEGORY_3",
                    "I. P.", "UZ", "291417776310", "750000000 (Almaty)", "2512", "2026-12-24 — 2027-12-23",
                    "2026-12-24T05:30:00Z", "Өңір · Регион · Region", "Жұмыс берушінің БСН · БИН работодателя",
                    PUBLIC_URL + "/api/v1/public/permits/WP-2026-000042/status?document=<passport>",
                    PUBLIC_URL + "/api/v1/public/permits/keys", key.keyId()}) {
                assertTrue(text.contains(expected), "the certificate prints " + expected + ":\n" + text);
            }
            assertEquals("Permit certificate WP-2026-000042", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLabourImmigrantsCertificateNamesNoEmployerAndPrintsKazakhInitials() throws IOException {
        String jws = key.sign(LABOUR_IMMIGRANT_PERMIT.claims(ISSUED_AT));
        byte[] pdf = renderer.render(LABOUR_IMMIGRANT_PERMIT, ISSUED_AT, jws, key.keyId(), PUBLIC_URL);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = CertificateReader.text(pdf);
            assertTrue(text.contains("ЕҢБЕКШІ КӨШІП КЕЛУШІГЕ РҰҚСАТ"), text);
            assertTrue(text.contains("Ә. Қ."), text);
            assertTrue(text.contains("LABOUR_IMMIGRANT"), text);
            assertTrue(text.contains("Employer BIN\n—"), text);
        }
        assertEquals(jws, CertificateReader.qrText(pdf));
    }

    @Test
    void theQrCodeReadFromTheRenderedPageIsAJwsThatVerifiesWithThePublishedKeyAlone() throws Exception {
        String claims = EMPLOYER_PERMIT.claims(ISSUED_AT);
        String jws = key.sign(claims);
        byte[] pdf = renderer.render(EMPLOYER_PERMIT, ISSUED_AT, jws, key.keyId(), PUBLIC_URL);

        String read = CertificateReader.qrText(pdf);

        assertEquals(jws, read);
        JsonWebSignature verified = CertificateReader.jose4j(read, jwks());
        assertTrue(verified.verifySignature());
        assertEquals(claims, verified.getPayload());
        assertEquals(key.keyId(), verified.getKeyIdHeaderValue());
        assertEquals("permit-certificate+jwt", verified.getHeader("typ"));
        assertFalse(read.contains("FA7345120"));
    }

    @Test
    void aChangedPayloadOrAnotherKeyFailsVerification() throws Exception {
        String jws = key.sign(EMPLOYER_PERMIT.claims(ISSUED_AT));
        String[] parts = jws.split("\\.");
        String longer = Ed25519Keys.base64Url(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("2027-12-23", "2029-12-23").getBytes(StandardCharsets.UTF_8));

        assertFalse(CertificateReader.jose4j(parts[0] + "." + longer + "." + parts[2], jwks()).verifySignature());

        SigningKey another = SigningKey.of(Ed25519Keys.devSeed(), Optional.empty());
        JsonWebSignature foreign = new JsonWebSignature();
        foreign.setCompactSerialization(another.sign(EMPLOYER_PERMIT.claims(ISSUED_AT)));
        foreign.setKey(PublicJsonWebKey.Factory.newPublicJwk(publishedKey()).getKey());
        assertFalse(foreign.verifySignature());
    }

    @Test
    void theSameCertificateRendersToTheSameBytes() {
        String jws = key.sign(EMPLOYER_PERMIT.claims(ISSUED_AT));

        assertEquals(jws, key.sign(EMPLOYER_PERMIT.claims(ISSUED_AT)));
        assertArrayEquals(renderer.render(EMPLOYER_PERMIT, ISSUED_AT, jws, key.keyId(), PUBLIC_URL),
                renderer.render(EMPLOYER_PERMIT, ISSUED_AT, jws, key.keyId(), PUBLIC_URL));
    }

    /** The JWK of the signing key as the key set endpoint publishes it. */
    private String publishedKey() {
        return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + key.verificationKey().x() + "\",\"kid\":\""
                + key.keyId() + "\",\"use\":\"sig\",\"alg\":\"EdDSA\"}";
    }

    private String jwks() {
        return "{\"keys\":[" + publishedKey() + "]}";
    }
}
