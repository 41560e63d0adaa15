package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kz.migration.common.testing.HostileBodies;
import kz.migration.common.testing.OpenApiOperations;
import kz.migration.common.testing.ServiceTables;
import kz.migration.permit.certificate.CertificateReader;
import kz.migration.permit.certificate.SigningKey;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestInfrastructure;
import kz.migration.testsupport.TestTokens;

/**
 * Signed permit certificates through the API: the employer's own, the holder's by passport number, the keys that
 * verify them, and what each refuses. Each certificate is read as its reader would read it: the page rendered, the QR
 * code decoded, the JWS verified by jose4j with the published keys alone.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitCertificateTest extends PermitScenario {

    static final String PUBLIC_CERTIFICATE = "/api/v1/public/permits/certificate";
    static final String KEYS = "/api/v1/public/permits/keys";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    final LabourImmigrantSteps labourImmigrants = new LabourImmigrantSteps(this);

    PermitApplication issuedPermit(String bin) {
        return stored(issued(bin));
    }

    static Response employerCertificate(String bin, String number) {
        return given().auth().oauth2(TestTokens.employer(bin)).get("/api/v1/permits/{number}/certificate", number);
    }

    static Response holderCertificate(String number, String passport) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("permitNumber", number, "passportNumber", passport)).post(PUBLIC_CERTIFICATE);
    }

    /**
     * The public lookups share one bucket per client address and minute, kept in the database across tests and
     * clock moves: start these with a fresh allowance.
     */
    void freshRateLimitWindow() {
        clock.advance(Duration.ofDays(1));
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("delete from public_rate_limit_bucket");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String jwks() {
        return given().get(KEYS).then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    static JsonNode claims(String jws) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
    }

    @Test
    void theEmployerGetsItsPermitsCertificateWhoseQrCodeVerifiesWithThePublishedKeysAlone() throws Exception {
        String bin = newBin();
        PermitApplication permit = issuedPermit(bin);

        Response response = employerCertificate(bin, permit.permitNumber);

        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", is("inline; filename=\"" + permit.permitNumber + ".pdf\""));
        byte[] pdf = response.asByteArray();
        String jws = CertificateReader.qrText(pdf);
        JsonWebSignature verified = CertificateReader.jose4j(jws, jwks());
        assertNotNull(verified, "the published keys hold the certificate's kid");
        assertTrue(verified.verifySignature());
        JsonNode claims = claims(jws);
        assertEquals(permit.permitNumber, claims.get("permitNumber").asText());
        assertEquals("EMPLOYER", claims.get("kind").asText());
        assertEquals("CATEGORY_3", claims.get("category").asText());
        assertEquals("I. P.", claims.get("holder").asText());
        assertEquals(permit.workerCitizenship, claims.get("citizenship").asText());
        assertEquals(bin, claims.get("employerBin").asText());
        assertEquals(ALMATY, claims.get("region").asText());
        assertEquals(OCCUPATION, claims.get("occupation").asText());
        assertEquals(permit.validFrom.toString(), claims.get("validFrom").asText());
        assertEquals(permit.validTo.toString(), claims.get("validTo").asText());
        assertTrue(Math.abs(claims.get("iat").asLong() - clock.instant().getEpochSecond()) < 60, claims::toString);
        assertFalse(jws.contains(permit.workerPassportNumber) || claims.toString()
                .contains(permit.workerPassportNumber), "the certificate carries no passport number");
        String text = CertificateReader.text(pdf);
        assertTrue(text.contains(permit.permitNumber) && text.contains("I. P.") && !text.contains(
                permit.workerFullName) && !text.contains(permit.workerPassportNumber), text);
    }

    @Test
    void theSameFactsAreOneCertificateForTheEmployerAndTheHolderAlike() {
        String bin = newBin();
        PermitApplication permit = issuedPermit(bin);
        freshRateLimitWindow();

        byte[] first = employerCertificate(bin, permit.permitNumber).then().statusCode(200).extract().asByteArray();
        clock.advance(Duration.ofMinutes(5));
        byte[] again = employerCertificate(bin, permit.permitNumber).then().statusCode(200).extract().asByteArray();
        byte[] holders = holderCertificate(permit.permitNumber, permit.workerPassportNumber).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        assertArrayEquals(first, again);
        assertArrayEquals(first, holders);
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from permit_certificate where permit_number = ?1")
                .setParameter(1, permit.permitNumber).getSingleResult()).longValue());
        assertEquals(1, rows);
    }

    @Test
    void anotherEmployersPermitAndALabourImmigrantsAreAnsweredAsMissing() {
        String bin = newBin();
        PermitApplication permit = issuedPermit(bin);
        String immigrant = labourImmigrants.issued(labourImmigrants.request("UZ", 3, ALMATY)).extract()
                .path("permitNumber");

        String missing = employerCertificate(bin, "WP-1999-000000").then().statusCode(404)
                .contentType("application/problem+json").extract().path("title");
        employerCertificate(newBin(), permit.permitNumber).then().statusCode(404)
                .contentType("application/problem+json").body("title", is(missing));
        employerCertificate(bin, immigrant).then().statusCode(404).body("title", is(missing));
        given().auth().oauth2(TestTokens.officer(ALMATY)).get("/api/v1/permits/{n}/certificate", permit.permitNumber)
                .then().statusCode(403);
    }

    @Test
    void theHolderGetsTheCertificateWithTheirPassportNumberAndAWrongOneIsAMissingPermit() throws Exception {
        Map<String, Object> request = labourImmigrants.request("TJ", 3, ALMATY);
        String number = labourImmigrants.issued(request).extract().path("permitNumber");
        String passport = (String) request.get("passportNumber");
        freshRateLimitWindow();

        byte[] pdf = holderCertificate(number, passport).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        String jws = CertificateReader.qrText(pdf);
        assertTrue(CertificateReader.jose4j(jws, jwks()).verifySignature());
        JsonNode claims = claims(jws);
        assertEquals("LABOUR_IMMIGRANT", claims.get("kind").asText());
        assertEquals("LABOUR_IMMIGRANT", claims.get("category").asText());
        assertTrue(claims.get("employerBin").isNull(), claims::toString);
        assertEquals("A. K.", claims.get("holder").asText());
        assertEquals("TJ", claims.get("citizenship").asText());
        assertEquals("9111", claims.get("occupation").asText());
        assertTrue(CertificateReader.text(pdf).contains("ЕҢБЕКШІ КӨШІП КЕЛУШІГЕ РҰҚСАТ"));

        String missing = holderCertificate("LI-1999-000000", passport).then().statusCode(404).extract().path("title");
        holderCertificate(number, "FA0000000").then().statusCode(404).contentType("application/problem+json")
                .body("title", is(missing)).body(org.hamcrest.Matchers.not(containsString(passport)));
        given().contentType(ContentType.JSON).body(Map.of("permitNumber", number)).post(PUBLIC_CERTIFICATE).then()
                .statusCode(400).body("violations[0].field", containsString("passportNumber"));
    }

    @Test
    void aRevokedPermitGetsNoNewCertificateWhileItsEarlierOneStillVerifiesAndTheStatusSaysRevoked()
            throws Exception {
        String bin = newBin();
        PermitApplication permit = issuedPermit(bin);
        freshRateLimitWindow();
        String jws = CertificateReader.qrText(employerCertificate(bin, permit.permitNumber).asByteArray());

        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("ground", "EMPLOYER_LIQUIDATED", "reason", "Liquidated by court order"))
                .post("/api/v1/permits/{n}/revocation", permit.permitNumber).then().statusCode(200);

        employerCertificate(bin, permit.permitNumber).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("permit-not-in-force"))
                .body("permitStatus", is("REVOKED"));
        holderCertificate(permit.permitNumber, permit.workerPassportNumber).then().statusCode(409)
                .body("type", containsString("permit-not-in-force"));
        assertTrue(CertificateReader.jose4j(jws, jwks()).verifySignature(), "a signature does not expire");
        given().queryParam("document", permit.workerPassportNumber)
                .get("/api/v1/public/permits/{n}/status", permit.permitNumber).then().statusCode(200)
                .body("status", is("REVOKED"));
    }

    @Test
    void theSigningKeyIsPublishedUnderItsThumbprintAndItsExpiryIsExported() throws Exception {
        SigningKey testKey = SigningKey.of(TestInfrastructure.get().certificateKey().seed(), Optional.empty());

        JsonNode keys = JSON.readTree(jwks()).get("keys");

        assertEquals(1, keys.size(), keys::toString);
        JsonNode key = keys.get(0);
        assertEquals(Map.of("kty", "OKP", "crv", "Ed25519", "x", testKey.verificationKey().x(), "kid",
                testKey.keyId(), "use", "sig", "alg", "EdDSA"), JSON.convertValue(key, Map.class));
        assertEquals(testKey.keyId(), PublicJsonWebKey.Factory.newPublicJwk(key.toString())
                .calculateBase64urlEncodedThumbprint("SHA-256"));
        assertEquals(1, new JsonWebKeySet(jwks()).getJsonWebKeys().size(), "jose4j reads the set");
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        String series = metrics.lines()
                .filter(line -> line.startsWith("registry_signing_key_expiry_timestamp_seconds{")
                        && line.contains("key=\"" + testKey.keyId() + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no key-expiry series in\n" + metrics));
        assertEquals((double) TestInfrastructure.get().certificateKey().expires().getEpochSecond(),
                Double.parseDouble(series.substring(series.lastIndexOf(' ') + 1)));
    }

    @Test
    void hostileCertificateRequestsAreRefusedWithProblemDetailsAndChangeNothing() {
        OpenApiOperations document = OpenApiOperations.read();
        Map<String, Object> schema = document.operations().stream()
                .filter(o -> o.method().equals("post") && o.path().equals(PUBLIC_CERTIFICATE)).findFirst()
                .orElseThrow().body();
        List<HostileBodies.Case> cases = new HostileBodies(document).cases(schema);
        ServiceTables tables = new ServiceTables(dataSource, Set.of());
        Map<String, Long> before = tables.counts();
        List<String> failures = new ArrayList<>();
        freshRateLimitWindow();
        for (HostileBodies.Case hostile : cases) {
            Response response;
            try {
                RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                        .contentType(hostile.contentType());
                response = (hostile.contentType().startsWith("application/json")
                        ? request.body(hostile.body().getBytes(StandardCharsets.UTF_8))
                        : request.body(hostile.body())).post(PUBLIC_CERTIFICATE);
            } catch (Exception cutOff) { // RestAssured rethrows the client's IOException undeclared
                assertTrue(hostile.body().length() > 256 * 1024, hostile.description() + ": " + cutOff);
                continue; // answered 413 and closed while the client was still sending
            }
            String contentType = String.valueOf(response.contentType());
            if (response.statusCode() >= 500 || response.statusCode() < 400
                    || !contentType.startsWith("application/problem+json")) {
                failures.add(hostile.description() + " -> " + response.statusCode() + " " + contentType);
            }
        }
        assertTrue(cases.size() > 100, cases.size() + " cases");
        assertEquals(List.of(), failures);
        assertEquals(before, tables.counts());
    }

    @Test
    void theHoldersCertificateIsRateLimitedLikeThePublicLookups() {
        freshRateLimitWindow();
        for (int i = 0; i < 30; i++) {
            holderCertificate("WP-1999-00000" + i % 10, "X0000000").then().statusCode(404);
        }
        holderCertificate("WP-1999-000001", "X0000000").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", containsString("too-many-requests"));
    }
}
