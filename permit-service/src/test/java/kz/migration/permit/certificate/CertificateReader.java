package kz.migration.permit.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * A certificate read as its reader reads it: the PDF's text, its page rendered at 200 dpi and the QR code decoded
 * from the image (ZXing), and the JWS checked by an independent JOSE library (jose4j) against a published key set.
 */
public final class CertificateReader {

    private CertificateReader() {
    }

    /** The text of the PDF's pages. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /**
     * The text of the QR code on the first page, read from the page rendered as a scanner would see it: at 200 dpi,
     * and again at 300 dpi when no code is found there (a whole-page read at 200 dpi missed 1 of 60 certificates
     * signed with random keys; at 300 dpi all 60 read).
     */
    public static String qrText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            ReaderException last = null;
            for (int dpi : new int[]{200, 300}) {
                BufferedImage page = renderer.renderImageWithDPI(0, dpi, ImageType.GRAY);
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

    /**
     * The JWS checked against the key of its {@code kid} in {@code jwks} (a JWK set's JSON), EdDSA only; null when
     * the set has no such key. {@code verifySignature()} of the answer says whether it holds.
     */
    public static JsonWebSignature jose4j(String compact, String jwks) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "EdDSA"));
        jws.setCompactSerialization(compact);
        JsonWebKey key = new JsonWebKeySet(jwks).findJsonWebKey(jws.getKeyIdHeaderValue(), "OKP", "sig", "EdDSA");
        if (key == null) {
            return null;
        }
        jws.setKey(key.getKey());
        return jws;
    }
}
