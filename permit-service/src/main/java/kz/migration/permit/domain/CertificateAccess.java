package kz.migration.permit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import kz.migration.common.rules.Rule;

/**
 * Who may have a permit's certificate: the employer who holds an employer's permit, through its token like the permit
 * itself ({@code Caller.requireAccess}), and whoever shows the holder's passport number with the permit number: the
 * worker, or the police checking the worker. Anyone else is answered as for a permit that does not exist. A labour
 * immigrant's permit names no employer, so only its holder's passport opens it.
 */
@Rule("permit.certificate.who-may-fetch")
public final class CertificateAccess {

    private CertificateAccess() {
    }

    /** Whether {@code passportNumber} is the holder's; compared in constant time, so its timing tells nothing. */
    public static boolean holderMay(String passportNumber, String holderPassport) {
        return passportNumber != null && holderPassport != null
                && MessageDigest.isEqual(passportNumber.getBytes(StandardCharsets.UTF_8),
                        holderPassport.getBytes(StandardCharsets.UTF_8));
    }
}
