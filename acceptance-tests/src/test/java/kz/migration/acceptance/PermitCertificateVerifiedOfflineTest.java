package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import kz.migration.client.certificate.CertificateVerificationException;
import kz.migration.client.certificate.CertificateVerifier;
import kz.migration.client.certificate.VerifiedCertificate;

/**
 * Issue 21, signed permit certificates, from the outside: an issued permit's certificate PDF, fetched by the employer
 * and by the holder with a passport number, is rendered to an image, its QR code decoded with ZXing, and the JWS
 * verified offline by api-client's verifier with the published key set alone. A changed payload fails; once the permit
 * is revoked the certificate still verifies (it proves what was issued), the public status says REVOKED and no new
 * certificate is given.
 */
@Order(9)
class PermitCertificateVerifiedOfflineTest extends Scenario {

    private static final String CATEGORY = "CATEGORY_3";

    @Test
    void certificateVerifiesOfflineWithThePublishedKeysAloneAndRevocationShowsOnline() throws Exception {
        String bin = Identifiers.bin();
        String employer = employer(bin);
        JsonNode vacancy = expect(201, vacancies.post(employer, OCCUPATION, ALMATY, 1, "450000.00"));
        String vacancyId = vacancy.get("id").asText();
        // On the day foreign labour is allowed, the labour-market test passes.
        long days = ChronoUnit.DAYS.between(today(), LocalDate.parse(vacancy.get("foreignLabourAllowedFrom").asText()));
        stack.advanceClocks("P" + days + "D");
        awaitLabourMarketTestPassed(employer, vacancyId);
        // The year's CATEGORY_3 plan for Almaty, with room for this permit whatever ran before.
        allocateQuota(today().getYear(), CATEGORY, Map.of(ALMATY, 20),
                "Acceptance: CATEGORY_3 for Almaty, certificates");
        String passport = Identifiers.passport();
        // A citizen of Uzbekistan: outside the EAEU, so the employer needs a permit (permit.eaeu.no-permit).
        JsonNode issued = issuePermit(employer, new Permits.Application(vacancyId, ALMATY, CATEGORY, OCCUPATION,
                "Ivan Petrov", "UZ", passport, today().plusYears(5), "550000.00"));
        String number = issued.get("permitNumber").asText();
        step(number + " issued");

        // The employer's certificate and the holder's (no token, the passport number) state the same permit.
        Permits.Certificate asEmployer = permits.certificate(employer, number);
        assertEquals(200, asEmployer.status(), asEmployer::toString);
        Permits.Certificate asHolder = permits.holderCertificate(number, passport);
        assertEquals(200, asHolder.status(), asHolder::toString);
        String jws = qrText(asEmployer.pdf());
        assertEquals(jws, qrText(asHolder.pdf()), "one permit, one key: one signed statement");
        assertArrayEquals(asHolder.pdf(), permits.holderCertificate(number, passport).pdf(), "asked again, the same");
        String text = text(asEmployer.pdf());
        assertTrue(text.contains(stack.baseUrl("permit-service") + "/api/v1/public/permits/" + number + "/status"),
                "the certificate gives the address of the online status check:\n" + text);
        assertFalse(text.contains(passport), "the certificate never shows the passport number");
        assertFalse(jws.contains(passport));
        step("certificate fetched by the employer and by the holder; QR code decoded");

        // Offline: the published key set and the QR code's text, nothing else.
        CertificateVerifier verifier = CertificateVerifier.fromJwks(permits.certificateKeys());
        VerifiedCertificate certificate = verifier.verify(jws);
        assertTrue(verifier.keyIds().contains(certificate.keyId()));
        assertEquals(number, certificate.permitNumber());
        assertEquals("EMPLOYER", certificate.kind());
        assertEquals(CATEGORY, certificate.category());
        assertEquals("I. P.", certificate.holder(), "only the holder's initials");
        assertEquals("UZ", certificate.citizenship());
        assertEquals(bin, certificate.employerBin());
        assertEquals(ALMATY, certificate.region());
        assertEquals(OCCUPATION, certificate.occupation());
        assertEquals(LocalDate.parse(issued.get("validFrom").asText()), certificate.validFrom());
        assertEquals(LocalDate.parse(issued.get("validTo").asText()), certificate.validTo());
        assertTrue(certificate.statesValidOn(today()));
        step("JWS verified offline with key " + certificate.keyId());

        // A changed payload (another employer's BIN), the signature kept: refused.
        String otherBin = Identifiers.bin();
        String tampered = withPayload(jws, payload(jws).replace("\"" + bin + "\"", "\"" + otherBin + "\""));
        assertTrue(payload(tampered).contains(otherBin));
        CertificateVerificationException refused = assertThrows(CertificateVerificationException.class,
                () -> verifier.verify(tampered));
        assertEquals(CertificateVerificationException.Reason.BAD_SIGNATURE, refused.reason(), refused::getMessage);
        // A payload extended with a claim the registry never signed: refused as well.
        String extended = withPayload(jws, payload(jws).replaceFirst("\\}$", ",\"note\":\"valid forever\"}"));
        assertEquals(CertificateVerificationException.Reason.BAD_SIGNATURE,
                assertThrows(CertificateVerificationException.class, () -> verifier.verify(extended)).reason());
        step("changed payloads refused");

        // Revocation is an online matter: the certificate still verifies, the status endpoint says REVOKED.
        JsonNode revoked = expect(200, permits.revoke(officer(ALMATY), number, "LABOUR_LAW_VIOLATION",
                "Acceptance: worker employed outside the permitted occupation"));
        assertEquals("REVOKED", revoked.get("status").asText(), revoked::toString);
        assertEquals(number, verifier.verify(jws).permitNumber(), "the signature proves what was issued");
        JsonNode status = expect(200, permits.publicStatus(number, passport));
        assertEquals("REVOKED", status.get("status").asText(), status::toString);
        Permits.Certificate afterRevocation = permits.holderCertificate(number, passport);
        assertEquals(409, afterRevocation.status(), afterRevocation::toString);
        assertNull(afterRevocation.pdf());
        assertTrue(afterRevocation.problem().contains("/problems/permit-not-in-force"), afterRevocation::toString);
        assertEquals(409, permits.certificate(employer, number).status());
        step(number + " revoked: shown online, no new certificate");

        // The holder's lookup does not answer to a wrong passport number.
        Permits.Certificate stranger = permits.holderCertificate(number, Identifiers.passport());
        assertEquals(404, stranger.status(), stranger::toString);
    }

    /**
     * A labour-immigrant permit, held by the worker and tied to no employer: its holder fetches the certificate with the
     * passport number, and the QR code's JWS verifies offline, says LABOUR_IMMIGRANT and names no employer.
     */
    @Test
    void labourImmigrantCertificateNamesNoEmployerAndVerifiesOffline() throws Exception {
        allocateQuota(today().getYear(), "LABOUR_IMMIGRANT", Map.of(KARAGANDA, 5),
                "Acceptance: labour immigrants in Karaganda, certificates");
        String passport = Identifiers.passport();
        JsonNode issued = issueLabourImmigrantPermit(new Permits.LabourImmigrant("Aziz Karimov", "UZ", passport,
                today().plusYears(5), null, KARAGANDA, "9111", 6, "NON_RESIDENT"));
        String number = issued.get("permitNumber").asText();
        JsonNode permit = expect(200, permits.labourImmigrantPermit(number, passport));
        step(number + " issued to the worker");

        Permits.Certificate asHolder = permits.holderCertificate(number, passport);
        assertEquals(200, asHolder.status(), asHolder::toString);
        String jws = qrText(asHolder.pdf());
        assertFalse(text(asHolder.pdf()).contains(passport), "the certificate never shows the passport number");
        VerifiedCertificate certificate = CertificateVerifier.fromJwks(permits.certificateKeys()).verify(jws);
        assertEquals(number, certificate.permitNumber());
        assertEquals("LABOUR_IMMIGRANT", certificate.kind());
        assertNull(certificate.employerBin(), "a labour-immigrant permit names no employer");
        assertEquals("A. K.", certificate.holder());
        assertEquals("UZ", certificate.citizenship());
        assertEquals(KARAGANDA, certificate.region());
        assertEquals(LocalDate.parse(permit.get("validFrom").asText()), certificate.validFrom());
        assertEquals(LocalDate.parse(permit.get("validTo").asText()), certificate.validTo());
        step("labour-immigrant certificate verified offline with key " + certificate.keyId());
        assertEquals(404, permits.holderCertificate(number, Identifiers.passport()).status());
    }

    /**
     * The text of the QR code on the PDF's first page, read as a scanner would: the page rendered at 200 dpi, and if
     * no code is found there, at 300 dpi and at 200 dpi without anti-aliasing (as a scanner tries again). Any one
     * reading must still give a JWS that verifies.
     */
    private static String qrText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            ReaderException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                if (attempt == 2) {
                    renderer.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING,
                            RenderingHints.VALUE_ANTIALIAS_OFF));
                }
                BufferedImage page = renderer.renderImageWithDPI(0, attempt == 1 ? 300 : 200, ImageType.GRAY);
                try {
                    return new QRCodeReader().decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
            throw new AssertionError("no readable QR code on the rendered page", last);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String payload(String jws) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same header and signature around another payload. */
    private static String withPayload(String jws, String payload) {
        String[] parts = jws.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
