package kz.migration.permit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.migration.common.rules.Rule;

/**
 * Which keys sign certificates and which a verifier is given. One key signs at a time; a key past its expiry signs
 * nothing, so a missed rotation shows at once instead of a key living on unnoticed. The published keys are the
 * signing key and every other configured key a verifier may still need.
 */
public final class CertificateKeyPolicy {

    private CertificateKeyPolicy() {
    }

    /** Why the key {@code keyId} may not sign at {@code now}: its expiry has passed. */
    @Rule("permit.certificate.key-expiry")
    public static Optional<String> refusalToSign(String keyId, Optional<Instant> expires, Instant now) {
        return expires.filter(expiry -> !now.isBefore(expiry))
                .map(expiry -> "The certificate signing key " + keyId + " expired at " + expiry
                        + "; certificates are signed again once the operator rotates the key");
    }

    /**
     * The key ids to publish, the signing key first: another configured key stays published while a certificate it
     * signed is within its validity (its {@code validTo} on or after {@code today}), and is published before it has
     * signed any, so a key announced ahead of a rotation is known before its first certificate.
     * {@code lastValidTo} holds, per key, the latest {@code validTo} of the certificates it signed.
     */
    @Rule("permit.certificate.key-publication")
    public static List<String> published(String signingKeyId, List<String> otherKeyIds,
            Map<String, LocalDate> lastValidTo, LocalDate today) {
        List<String> published = new ArrayList<>(List.of(signingKeyId));
        for (String keyId : otherKeyIds) {
            LocalDate last = lastValidTo.get(keyId);
            if (!published.contains(keyId) && (last == null || !last.isBefore(today))) {
                published.add(keyId);
            }
        }
        return published;
    }
}
