package kz.migration.client.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import kz.migration.client.certificate.CertificateVerificationException.Reason;

/**
 * The certificate verifier as a police app or an NGO would use it: the QR code's text and the published key set,
 * nothing else. Its Ed25519 check is held to RFC 8037's own example; its input comes from the registry's signer
 * (pinned below, the same JWS permit-service's tests sign) and from an independent JOSE library (jose4j); and every
 * way a JWS can be forged or damaged is refused with its reason.
 */
class CertificateVerifierTest {

    /** RFC 8037 appendix A.1: the example Ed25519 key (seed d, public x); A.3: its JWK thumbprint. */
    static final String RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    static final String RFC8037_KID = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    /** RFC 8037 appendix A.4: the JWS of "Example of Ed25519 signing" under {"alg":"EdDSA"}. */
    static final String RFC8037_JWS = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

    /**
     * Certificates as permit-service signs them with the RFC 8037 key (its CertificatePdfTest signs the same facts
     * and expects these very strings): an employer's permit, and a labour immigrant's with Kazakh initials.
     */
    static final String EMPLOYER_CERTIFICATE = "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJwZXJtaXQtY2VydGlmaWNhdGUrand0In0"
            + ".eyJwZXJtaXROdW1iZXIiOiJXUC0yMDI2LTAwMDA0MiIsImtpbmQiOiJFTVBMT1lFUiIsImNhdGVnb3J5IjoiQ0FURUdPUllfMyIsImhvbGRlciI6IkkuIFAuIiwiY2l0aXplbnNoaXAiOiJVWiIsImVtcGxveWVyQmluIjoiMjkxNDE3Nzc2MzEwIiwicmVnaW9uIjoiNzUwMDAwMDAwIiwib2NjdXBhdGlvbiI6IjI1MTIiLCJ2YWxpZEZyb20iOiIyMDI2LTEyLTI0IiwidmFsaWRUbyI6IjIwMjctMTItMjMiLCJpYXQiOjE3OTgwOTAyMDB9"
            + ".7u31JWO0OJ0RMRV-Dwkfy4SBuRnEodE87kUdfTI5PApMLWhsPcUyToPMQPO6Fx5rbGtLvqm4xVM_zVCep2Q5CQ";
    static final String LABOUR_IMMIGRANT_CERTIFICATE = "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJwZXJtaXQtY2VydGlmaWNhdGUrand0In0"
            + ".eyJwZXJtaXROdW1iZXIiOiJMSS0yMDI2LTAwMDAwNyIsImtpbmQiOiJMQUJPVVJfSU1NSUdSQU5UIiwiY2F0ZWdvcnkiOiJMQUJPVVJfSU1NSUdSQU5UIiwiaG9sZGVyIjoi05guINKaLiIsImNpdGl6ZW5zaGlwIjoiVEoiLCJlbXBsb3llckJpbiI6bnVsbCwicmVnaW9uIjoiNzEwMDAwMDAwIiwib2NjdXBhdGlvbiI6IjkxMTEiLCJ2YWxpZEZyb20iOiIyMDI2LTEyLTA4IiwidmFsaWRUbyI6IjIwMjctMDMtMDciLCJpYXQiOjE3OTgwOTAyMDB9"
            + ".r4h0v5wRyRm3K4wOO1FaDKB8dUGpMODgPycmdHL8od6S8USnJlV_SN7OEKwrmsA6s-K--rfQoThD_M3txAWhAQ";

    static final String HEADER = "{\"alg\":\"EdDSA\",\"kid\":\"" + RFC8037_KID + "\",\"typ\":\"permit-certificate+jwt\"}";
    static final String CLAIMS = "{\"permitNumber\":\"WP-2026-000042\",\"kind\":\"EMPLOYER\",\"category\":\"CATEGORY_3\","
            + "\"holder\":\"I. P.\",\"citizenship\":\"UZ\",\"employerBin\":\"291417776310\",\"region\":\"750000000\","
            + "\"occupation\":\"2512\",\"validFrom\":\"2026-12-24\",\"validTo\":\"2027-12-23\",\"iat\":1798090200}";

    static String jwk(String x, String kid) {
        return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + x + "\",\"kid\":\"" + kid
                + "\",\"use\":\"sig\",\"alg\":\"EdDSA\"}";
    }

    static String keySet(String... jwks) {
        return "{\"keys\":[" + String.join(",", jwks) + "]}";
    }

    static final String PUBLISHED = keySet(jwk(RFC8037_X, RFC8037_KID));

    private final CertificateVerifier verifier = verifier(PUBLISHED);

    static CertificateVerifier verifier(String jwks) {
        try {
            return CertificateVerifier.fromJwks(jwks);
        } catch (CertificateVerificationException e) {
            throw new AssertionError(e);
        }
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JWS signed with the RFC 8037 key by the JDK, for headers and payloads the registry would never sign. */
    static String signed(String header, String payload) throws Exception {
        byte[] seed = Base64.getUrlDecoder().decode(RFC8037_D);
        byte[] pkcs8 = new byte[]{0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22,
                0x04, 0x20};
        byte[] der = Arrays.copyOf(pkcs8, pkcs8.length + seed.length);
        System.arraycopy(seed, 0, der, pkcs8.length, seed.length);
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        return sign(key, b64(header) + "." + b64(payload));
    }

    static String sign(PrivateKey key, String signingInput) throws Exception {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(signature.sign());
    }

    static Reason refusal(CertificateVerifier verifier, String jws) {
        return assertThrows(CertificateVerificationException.class, () -> verifier.verify(jws)).reason();
    }

    @Test
    void theEd25519CheckIsRfc8037s() {
        String[] parts = RFC8037_JWS.split("\\.");
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        var key = CertificateVerifier.ed25519(Base64.getUrlDecoder().decode(RFC8037_X));

        assertTrue(CertificateVerifier.ed25519Verifies(key, input, signature));
        signature[10] ^= 1;
        assertFalse(CertificateVerifier.ed25519Verifies(key, input, signature));
        assertFalse(CertificateVerifier.ed25519Verifies(key, input, Arrays.copyOf(signature, 63)));
    }

    @Test
    void aCertificateAsTheRegistrySignsItVerifiesWithThePublishedKeyAlone() throws Exception {
        VerifiedCertificate certificate = verifier.verify(EMPLOYER_CERTIFICATE);

        assertEquals(new VerifiedCertificate(RFC8037_KID, "WP-2026-000042", "EMPLOYER", "CATEGORY_3", "I. P.", "UZ",
                "291417776310", "750000000", "2512", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 12, 23),
                Instant.parse("2026-12-24T05:30:00Z")), certificate);
        assertTrue(certificate.statesValidOn(LocalDate.of(2027, 12, 23)));
        assertFalse(certificate.statesValidOn(LocalDate.of(2027, 12, 24)));
        assertEquals("/api/v1/public/permits/WP-2026-000042/status", certificate.statusPath());
        assertEquals(Set.of(RFC8037_KID), verifier.keyIds());
    }

    @Test
    void aLabourImmigrantsCertificateNamesNoEmployer() throws Exception {
        VerifiedCertificate certificate = verifier.verify(LABOUR_IMMIGRANT_CERTIFICATE);

        assertEquals("LABOUR_IMMIGRANT", certificate.kind());
        assertNull(certificate.employerBin());
        assertEquals("Ә. Қ.", certificate.holder());
        assertEquals(LocalDate.of(2027, 3, 7), certificate.validTo());
    }

    @Test
    void aCertificateSignedByAnIndependentJoseLibraryVerifies() throws Exception {
        OctetKeyPairJsonWebKey key = (OctetKeyPairJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(
                "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"" + RFC8037_D + "\",\"x\":\"" + RFC8037_X + "\"}");
        assertEquals(RFC8037_KID, key.calculateBase64urlEncodedThumbprint("SHA-256"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue("EdDSA");
        jws.setKeyIdHeaderValue(RFC8037_KID);
        jws.setHeader("typ", "permit-certificate+jwt");
        jws.setPayload(CLAIMS);
        jws.setKey(key.getPrivateKey());

        VerifiedCertificate certificate = verifier.verify(jws.getCompactSerialization());

        assertEquals("WP-2026-000042", certificate.permitNumber());
        assertEquals(Instant.ofEpochSecond(1798090200), certificate.issuedAt());
    }

    @Test
    void aChangedPayloadFailsEvenWithTheOriginalSignature() {
        String[] parts = EMPLOYER_CERTIFICATE.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        for (String forged : new String[]{payload.replace("2027-12-23", "2029-12-23"),
                payload.replace("CATEGORY_3", "CATEGORY_1"), payload.replace("291417776310", "291417776311"),
                payload.replace("}", " }")}) {
            assertEquals(Reason.BAD_SIGNATURE, refusal(verifier, parts[0] + "." + b64(forged) + "." + parts[2]));
        }
        String otherHeader = b64(HEADER.replace("}", ",\"x5u\":\"https://attacker.example\"}"));
        assertEquals(Reason.BAD_SIGNATURE, refusal(verifier, otherHeader + "." + parts[1] + "." + parts[2]));
    }

    @Test
    void aCertificateSignedWithAnotherKeyFails() throws Exception {
        KeyPair attacker = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = attacker.getPublic().getEncoded();
        String attackerX = b64(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        // The attacker names the registry's key and embeds their own: the key comes from the key set, never the JWS.
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"" + RFC8037_KID + "\",\"typ\":\"permit-certificate+jwt\","
                + "\"jwk\":" + jwk(attackerX, RFC8037_KID) + "}";

        assertEquals(Reason.BAD_SIGNATURE, refusal(verifier, sign(attacker.getPrivate(), b64(header) + "."
                + b64(CLAIMS))));
        assertEquals(Reason.UNKNOWN_KEY, refusal(verifier, sign(attacker.getPrivate(), b64(HEADER.replace(RFC8037_KID,
                "attacker")) + "." + b64(CLAIMS))));
        assertEquals(Reason.BAD_SIGNATURE, refusal(verifier(keySet(jwk(attackerX, RFC8037_KID))),
                EMPLOYER_CERTIFICATE));
    }

    @Test
    void onlyEdDsaPermitCertificatesAreAccepted() throws Exception {
        String[] parts = EMPLOYER_CERTIFICATE.split("\\.");
        assertEquals(Reason.UNSUPPORTED_ALGORITHM, refusal(verifier, b64(HEADER.replace("EdDSA", "none")) + "."
                + parts[1] + "."));
        assertEquals(Reason.UNSUPPORTED_ALGORITHM, refusal(verifier, b64(HEADER.replace("EdDSA", "HS256")) + "."
                + parts[1] + "." + parts[2]));
        assertEquals(Reason.UNSUPPORTED_ALGORITHM, refusal(verifier, signed(HEADER.replace("}",
                ",\"crit\":[\"exp\"]}"), CLAIMS)));
        assertEquals(Reason.WRONG_TYPE, refusal(verifier, signed(HEADER.replace("permit-certificate+jwt", "JWT"),
                CLAIMS)));
        assertEquals(Reason.WRONG_TYPE, refusal(verifier, signed("{\"alg\":\"EdDSA\",\"kid\":\"" + RFC8037_KID + "\"}",
                CLAIMS)));
        assertEquals(Reason.UNKNOWN_KEY, refusal(verifier, signed("{\"alg\":\"EdDSA\",\"typ\":\"permit-certificate+jwt\"}",
                CLAIMS)));
        assertEquals(Reason.UNKNOWN_KEY, refusal(verifier, RFC8037_JWS.replace("eyJhbGciOiJFZERTQSJ9",
                b64("{\"alg\":\"EdDSA\",\"typ\":\"permit-certificate+jwt\"}"))));
    }

    @Test
    void damagedTextIsRefusedAsMalformed() {
        String[] parts = EMPLOYER_CERTIFICATE.split("\\.");
        for (String damaged : new String[]{null, "", "abc", parts[0] + "." + parts[1],
                EMPLOYER_CERTIFICATE + ".", parts[0] + "=." + parts[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2] + "==", "e30+." + parts[1] + "." + parts[2],
                b64("not json") + "." + parts[1] + "." + parts[2],
                b64("{\"alg\":\"EdDSA\",\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2],
                b64("[1]") + "." + parts[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 1) + "R"}) {
            assertEquals(Reason.MALFORMED, refusal(verifier, damaged), String.valueOf(damaged));
        }
    }

    @Test
    void aSignedPayloadThatIsNotACertificatesIsRefused() throws Exception {
        for (String claims : new String[]{"{}", "[]", CLAIMS.replace("\"kind\":\"EMPLOYER\"", "\"kind\":\"OTHER\""),
                CLAIMS.replace("\"291417776310\"", "null"), CLAIMS.replace(",\"iat\":1798090200", ""),
                CLAIMS.replace("2026-12-24", "2026-02-30"), CLAIMS.replace("2027-12-23", "2025-12-23"),
                CLAIMS.replace("1798090200", "\"1798090200\""), CLAIMS.replace("1798090200", "1.5"),
                CLAIMS.replace("\"holder\":\"I. P.\"", "\"holder\":\"I. P.\",\"holder\":\"X. Y.\""),
                CLAIMS.replace("\"kind\":\"EMPLOYER\"", "\"kind\":\"LABOUR_IMMIGRANT\""), CLAIMS + " x"}) {
            assertEquals(Reason.MALFORMED_PAYLOAD, refusal(verifier, signed(HEADER, claims)), claims);
        }
    }

    @Test
    void theKeySetKeepsOnlyEd25519SignatureKeys() throws Exception {
        String rsa = "{\"kty\":\"RSA\",\"kid\":\"rsa\",\"n\":\"sXch\",\"e\":\"AQAB\"}";
        String forEncryption = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + RFC8037_X + "\",\"kid\":\"enc\","
                + "\"use\":\"enc\"}";
        String noKid = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + RFC8037_X + "\"}";

        CertificateVerifier mixed = CertificateVerifier.fromJwks(keySet(rsa, forEncryption, noKid,
                jwk(RFC8037_X, RFC8037_KID)));

        assertEquals(Set.of(RFC8037_KID), mixed.keyIds());
        assertEquals("WP-2026-000042", mixed.verify(EMPLOYER_CERTIFICATE).permitNumber());
        for (String broken : new String[]{"", "{}", "{\"keys\":{}}", "[]", keySet(jwk("AAAA", "short")),
                keySet(jwk(RFC8037_X, "twice"), jwk(RFC8037_X, "twice"))}) {
            assertEquals(Reason.MALFORMED_KEYS, assertThrows(CertificateVerificationException.class,
                    () -> CertificateVerifier.fromJwks(broken)).reason(), broken);
        }
    }

    @Test
    void theJsonReaderIsStrict() {
        assertEquals("Ә", Json.object("{\"a\":\"\\u04d8\"}").get("a"));
        assertEquals("😀", Json.object("{\"a\":\"\\ud83d\\ude00\"}").get("a"));
        for (String text : new String[]{"{\"a\":\"\\ud800\"}", "{\"a\":1,\"a\":2}", "{\"a\":1} {}", "{a:1}",
                "{\"a\":01}", "{\"a\":1.}", "{\"a\":tru}", "{\"a\":\"\u0001\"}", "[".repeat(100),
                "{\"a\":1e-99999}", "{\"a\":\"\\x\"}"}) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
        }
    }
}
