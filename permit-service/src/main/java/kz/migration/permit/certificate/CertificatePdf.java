package kz.migration.permit.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.permit.domain.CertificateFacts;

/**
 * Prints a certificate on one A4 page: in Kazakh, Russian and English, the facts its QR code signs and nothing else,
 * the QR code (the compact JWS, drawn as vectors), and where to check revocation and fetch the keys. DejaVu Sans is
 * embedded (subset), so Kazakh and Russian letters print wherever the PDF is opened. The same certificate renders to
 * the same bytes: no clock is read here, and the document id is derived from the JWS.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final float MARGIN = 50;
    private static final float QR_SIZE = 200;
    private static final float GREY = 0.35f;

    /** Under the facts, in Kazakh, Russian and English: what the QR code proves, and where revocation is checked. */
    private static final List<String> NOTICES = List.of(
            "QR-кодта осы куәліктің деректері электрондық қолтаңбамен расталған. Рұқсаттың күші жойылмағанын онлайн "
                    + "тексеріңіз (document — паспорт нөмірі):",
            "QR-код содержит данные этого свидетельства, подписанные электронной подписью. Не отозвано ли "
                    + "разрешение, проверяйте онлайн (document — номер паспорта):",
            "The QR code holds this certificate's facts, signed (compact JWS, EdDSA): it proves what was issued, "
                    + "not that the permit still stands. Check revocation online (document: the passport number):");

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    /**
     * The certificate of {@code facts}, signed as {@code jws} by key {@code keyId} at {@code issuedAt};
     * {@code publicUrl} is the registry's public address.
     */
    public byte[] render(CertificateFacts facts, Instant issuedAt, String jws, String keyId, String publicUrl) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont plain = PDType0Font.load(document, new ByteArrayInputStream(regular));
            PDFont strong = PDType0Font.load(document, new ByteArrayInputStream(bold));
            float top = page.getMediaBox().getHeight() - MARGIN;
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                Writer writer = new Writer(content);
                writer.line(plain, 8.5f, MARGIN, top, GREY,
                        "Еңбек көші-қоны тізілімі · Реестр трудовой миграции · Labour-migration registry");
                boolean employer = CertificateFacts.EMPLOYER.equals(facts.kind());
                writer.line(strong, 14, MARGIN, top - 26, 0, employer
                        ? "ШЕТЕЛДІК ЖҰМЫС КҮШІН ТАРТУҒА РҰҚСАТ"
                        : "ЕҢБЕКШІ КӨШІП КЕЛУШІГЕ РҰҚСАТ");
                writer.line(strong, 12, MARGIN, top - 44, 0, employer
                        ? "РАЗРЕШЕНИЕ НА ПРИВЛЕЧЕНИЕ ИНОСТРАННОЙ РАБОЧЕЙ СИЛЫ"
                        : "РАЗРЕШЕНИЕ ТРУДОВОМУ ИММИГРАНТУ");
                writer.line(plain, 11, MARGIN, top - 60, 0, employer
                        ? "Permit to employ foreign labour: certificate"
                        : "Labour immigrant's permit: certificate");
                writer.line(strong, 20, MARGIN, top - 92, 0, facts.permitNumber());

                float y = top - 124;
                for (String[] row : rows(facts, issuedAt)) {
                    writer.line(plain, 7, MARGIN, y, GREY, row[0]);
                    writer.line(strong, 12, MARGIN, y - 14, 0, row[1]);
                    y -= 34;
                }

                float qrLeft = MARGIN + width - QR_SIZE;
                float qrTop = top - 124;
                drawQr(content, jws, qrLeft, qrTop - QR_SIZE, QR_SIZE);
                writer.paragraph(plain, 7, qrLeft, qrTop - QR_SIZE - 12, QR_SIZE, GREY, "Кілт · Ключ · Key: " + keyId);

                y -= 6;
                for (String notice : NOTICES) {
                    y = writer.paragraph(plain, 8.5f, MARGIN, y, width, 0, notice) - 4;
                }
                y = writer.paragraph(strong, 8.5f, MARGIN, y - 4, width, 0, publicUrl + "/api/v1/public/permits/"
                        + facts.permitNumber() + "/status?document=<passport>");
                writer.paragraph(plain, 8.5f, MARGIN, y - 8, width, GREY,
                        "Қолтаңба кілттері · Ключи подписи · Signing keys: " + publicUrl
                                + "/api/v1/public/permits/keys");
            }
            describe(document, facts, issuedAt, jws);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate of " + facts.permitNumber() + " could not be written", e);
        }
    }

    /** Label (Kazakh · Russian · English) and value of each fact, as signed. */
    private static List<String[]> rows(CertificateFacts facts, Instant issuedAt) {
        String region = KatoRegions.all().get(facts.region());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Түрі · Вид · Kind", facts.kind()});
        rows.add(new String[]{"Санаты · Категория · Category", facts.category().name()});
        rows.add(new String[]{"Иесі · Владелец · Holder", facts.holder()});
        rows.add(new String[]{"Азаматтығы · Гражданство · Citizenship", facts.citizenship()});
        rows.add(new String[]{"Жұмыс берушінің БСН · БИН работодателя · Employer BIN",
                facts.employerBin() != null ? facts.employerBin() : "—"});
        rows.add(new String[]{"Өңір · Регион · Region",
                facts.region() + (region != null ? " (" + region + ")" : "")});
        rows.add(new String[]{"Кәсібі · Занятие · Occupation", facts.occupationCode()});
        rows.add(new String[]{"Жарамдылық мерзімі · Срок действия · Valid",
                facts.validFrom() + " — " + facts.validTo()});
        rows.add(new String[]{"Берілген уақыты · Время выдачи · Issued", issuedAt.toString()});
        return rows;
    }

    /** The QR code of {@code text} (error correction M, with its quiet zone), its dark modules as filled runs. */
    private static void drawQr(PDPageContentStream content, String text, float left, float bottom, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("the JWS does not fit a QR code", e);
        }
        float module = size / Math.max(matrix.getWidth(), matrix.getHeight());
        content.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(left + start * module, bottom + size - (row + 1) * module, (column - start) * module,
                        module);
            }
        }
        content.fill();
    }

    /** Title and dates from the certificate, and an id from its JWS, so the same certificate has the same bytes. */
    private static void describe(PDDocument document, CertificateFacts facts, Instant issuedAt, String jws) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Permit certificate " + facts.permitNumber());
        info.setSubject("Signed certificate of a permit of the labour-migration registry");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(issuedAt.toEpochMilli());
        info.setCreationDate(issued);
        byte[] id = Arrays.copyOf(sha256(jws), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Greedy word wrap to {@code width} points. */
    static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the service's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of text in one colour (grey level: 0 black). */
    private record Writer(PDPageContentStream content) {
        void line(PDFont font, float size, float x, float y, float grey, String text) throws IOException {
            content.beginText();
            content.setNonStrokingColor(grey);
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** {@code text} wrapped to {@code width}, from {@code y} down; the baseline below its last line. */
        float paragraph(PDFont font, float size, float x, float y, float width, float grey, String text)
                throws IOException {
            float baseline = y;
            for (String line : wrap(font, size, width, text)) {
                line(font, size, x, baseline, grey, line);
                baseline -= size * 1.35f;
            }
            return baseline;
        }
    }
}
