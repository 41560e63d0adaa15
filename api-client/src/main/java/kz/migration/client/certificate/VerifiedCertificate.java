package kz.migration.client.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a permit certificate states, once its signature verified: the permit's public facts as the registry signed
 * them. It proves what was issued; whether the permit still stands (not revoked, terminated or expired since) is the
 * public status's to say: {@link #statusPath()}.
 *
 * @param keyId the key that signed it ({@code kid})
 * @param permitNumber {@code WP-…} for an employer's permit, {@code LI-…} for a labour immigrant's
 * @param kind {@code EMPLOYER} or {@code LABOUR_IMMIGRANT}
 * @param category the permit category ({@code CATEGORY_1} … {@code LABOUR_IMMIGRANT})
 * @param holder the holder's initials, to compare with the passport shown
 * @param citizenship ISO 3166 alpha-2
 * @param employerBin the employer's BIN; null for a labour immigrant's permit, which names no employer
 * @param region KATO code
 * @param occupation occupation code
 * @param validFrom first day of validity
 * @param validTo last day of validity
 * @param issuedAt when the certificate was issued
 */
public record VerifiedCertificate(String keyId, String permitNumber, String kind, String category, String holder,
        String citizenship, String employerBin, String region, String occupation, LocalDate validFrom,
        LocalDate validTo, Instant issuedAt) {

    /** Whether {@code day} lies within the validity the certificate states (revocation aside). */
    public boolean statesValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Where the permit's status is asked, below the registry's public address; add {@code ?document=<passport>}. */
    public String statusPath() {
        return "/api/v1/public/permits/" + permitNumber + "/status";
    }
}
