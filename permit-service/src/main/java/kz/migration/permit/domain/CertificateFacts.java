package kz.migration.permit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Rule;

/**
 * What a permit certificate states, signed in its QR code and printed alike: the permit's public facts. It carries
 * neither the passport number nor the full name, so a lost certificate tells a finder little more than the public
 * status does; the holder shows the passport to whoever checks, who compares it with the initials and asks the
 * registry whether the permit still stands.
 */
@Rule("permit.certificate.public-facts")
public record CertificateFacts(String permitNumber, String kind, PermitCategory category, String holder,
        String citizenship, String employerBin, String region, String occupationCode, LocalDate validFrom,
        LocalDate validTo) {

    /** The kind of an employer's permit, as {@code PermitIssued} names it. */
    public static final String EMPLOYER = "EMPLOYER";
    public static final String LABOUR_IMMIGRANT = LabourImmigrantPermit.KIND;

    /** The facts of an employer's permit; ask {@link #refusal} first. */
    public static CertificateFacts of(PermitApplication permit) {
        return new CertificateFacts(permit.permitNumber, EMPLOYER, permit.category, initials(permit.workerFullName),
                permit.workerCitizenship, permit.employerBin, permit.region, permit.occupationCode, permit.validFrom,
                permit.validTo);
    }

    /** The facts of a labour immigrant's permit, which names no employer; ask {@link #refusal} first. */
    public static CertificateFacts of(LabourImmigrantPermit permit) {
        return new CertificateFacts(permit.permitNumber, LABOUR_IMMIGRANT, PermitCategory.LABOUR_IMMIGRANT,
                initials(permit.workerFullName), permit.workerCitizenship, null, permit.region, permit.occupationCode,
                permit.validFrom, permit.validTo);
    }

    /**
     * Why permit {@code permitNumber} in {@code status} gets no certificate: a certificate states a permit in force.
     * One issued earlier stays signed; whether the permit still stands is the public status's to say.
     */
    @Rule("permit.certificate.in-force-only")
    public static Optional<String> refusal(String permitNumber, String status) {
        if ("ISSUED".equals(status)) {
            return Optional.empty();
        }
        return Optional.of("Permit " + permitNumber + " is " + status + ": a certificate is issued only for a permit "
                + "in force");
    }

    /**
     * The holder's name as initials: the first letter of each part, upper case, with a full stop ("Aziz Karimov" is
     * "A. K.", "Anna-Maria Lopez" is "A.-M. L."). Parts without a letter are left out.
     */
    @Rule("permit.certificate.masked-holder")
    public static String initials(String fullName) {
        StringJoiner parts = new StringJoiner(" ");
        for (String part : fullName.trim().split("\\s+")) {
            StringJoiner hyphenated = new StringJoiner("-");
            for (String piece : part.split("-")) {
                piece.codePoints().filter(Character::isLetter).findFirst()
                        .ifPresent(letter -> hyphenated.add(Character.toString(letter).toUpperCase(Locale.ROOT) + "."));
            }
            if (hyphenated.length() > 0) {
                parts.add(hyphenated.toString());
            }
        }
        return parts.toString();
    }

    /**
     * The JWS payload: a JWT claims set (RFC 7519) of these facts and the certificate's issue time {@code iat} in
     * seconds. Members in a fixed order, dates ISO-8601, {@code employerBin} null for a labour immigrant's permit.
     */
    public String claims(Instant issuedAt) {
        return facts() + ",\"iat\":" + issuedAt.getEpochSecond() + "}";
    }

    /** SHA-256 of the facts (without the issue time): the same facts signed by the same key are one certificate. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((facts() + "}").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String facts() {
        return "{\"permitNumber\":" + string(permitNumber) + ",\"kind\":" + string(kind) + ",\"category\":"
                + string(category.name()) + ",\"holder\":" + string(holder) + ",\"citizenship\":"
                + string(citizenship) + ",\"employerBin\":" + string(employerBin) + ",\"region\":" + string(region)
                + ",\"occupation\":" + string(occupationCode) + ",\"validFrom\":" + string(validFrom.toString())
                + ",\"validTo\":" + string(validTo.toString());
    }

    /** A JSON string (RFC 8259 §7), or null. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
