package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.audit.Audited;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.CertificateKey;
import kz.migration.permit.api.CertificateKeySet;
import kz.migration.permit.certificate.CertificateKeys;
import kz.migration.permit.certificate.CertificatePdf;
import kz.migration.permit.certificate.SigningKey;
import kz.migration.permit.certificate.VerificationKey;
import kz.migration.permit.config.CertificateConfig;
import kz.migration.permit.domain.CertificateAccess;
import kz.migration.permit.domain.CertificateFacts;
import kz.migration.permit.domain.CertificateKeyPolicy;
import kz.migration.permit.domain.LabourImmigrantPermit;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.repository.PermitCertificateRepository;

/**
 * Signed certificates of permits in force, for the employer who holds an employer's permit and for whoever shows the
 * holder's passport, and the keys that verify them. The same facts under the same key are one certificate, issued
 * once and rendered the same each time it is asked for.
 */
@ApplicationScoped
public class PermitCertificateService {

    private static final String WHAT = "Permit";

    /** A certificate: its permit, the compact JWS its QR code carries, and the PDF. */
    public record Certificate(String permitNumber, String jws, byte[] pdf) {
    }

    @Inject
    PermitApplicationRepository applications;

    @Inject
    LabourImmigrantPermitRepository labourImmigrants;

    @Inject
    PermitCertificateRepository certificates;

    @Inject
    CertificateKeys keys;

    @Inject
    CertificatePdf pdf;

    @Inject
    CertificateConfig config;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The employer's certificate of its own permit; another's permit, or a labour immigrant's, is 404 as a missing one. */
    @Audited(value = "permit.certificate", read = true)
    public Certificate forEmployer(String number) {
        PermitApplication permit = applications.findByPermitNumber(number).orElse(null);
        caller.requireAccess(permit, permit == null ? null : permit.employerBin,
                permit == null ? null : permit.region, WHAT, number);
        return certify(permit.permitNumber, permit.status.name(), () -> CertificateFacts.of(permit));
    }

    /**
     * The certificate for whoever holds the permit number and the holder's passport number: an employer's permit
     * (WP-) or a labour immigrant's (LI-). A wrong passport number gets the same 404 as a wrong permit number.
     */
    public Certificate forHolder(String number, String passportNumber) {
        PermitApplication permit = applications.findByPermitNumber(number)
                .filter(p -> CertificateAccess.holderMay(passportNumber, p.workerPassportNumber)).orElse(null);
        if (permit != null) {
            return certify(permit.permitNumber, permit.status.name(), () -> CertificateFacts.of(permit));
        }
        LabourImmigrantPermit immigrant = labourImmigrants.findByNumber(number)
                .filter(p -> CertificateAccess.holderMay(passportNumber, p.workerPassport))
                .orElseThrow(() -> ProblemException.notFound(WHAT, number));
        return certify(immigrant.permitNumber, immigrant.status.name(), () -> CertificateFacts.of(immigrant));
    }

    /** The keys that verify certificates: the signing key, and the others while a verifier may need them. */
    public CertificateKeySet publishedKeys() {
        SigningKey signing = keys.signing();
        Map<String, VerificationKey> byId = Stream.concat(Stream.of(signing.verificationKey()), keys.others().stream())
                .collect(Collectors.toMap(VerificationKey::keyId, Function.identity(),
                        (first, again) -> first));
        List<String> others = keys.others().stream().map(VerificationKey::keyId).toList();
        List<String> published = CertificateKeyPolicy.published(signing.keyId(), others,
                certificates.lastValidTo(others), LocalDate.now(clock));
        return new CertificateKeySet(published.stream().map(byId::get)
                .map(key -> CertificateKey.ed25519(key.x(), key.keyId())).toList());
    }

    private Certificate certify(String number, String status, Supplier<CertificateFacts> factsOfPermit) {
        CertificateFacts.refusal(number, status).ifPresent(reason -> {
            throw new ProblemException(PermitProblems.PERMIT_NOT_IN_FORCE, reason).with("permitStatus", status);
        });
        SigningKey key = keys.signing();
        Instant now = clock.instant();
        CertificateKeyPolicy.refusalToSign(key.keyId(), key.expires(), now).ifPresent(reason -> {
            throw new ProblemException(PermitProblems.CERTIFICATE_KEY_EXPIRED, reason);
        });
        CertificateFacts facts = factsOfPermit.get();
        Instant issuedAt = certificates.issue(facts, key.keyId(), now.truncatedTo(ChronoUnit.SECONDS));
        String jws = key.sign(facts.claims(issuedAt));
        return new Certificate(number, jws, pdf.render(facts, issuedAt, jws, key.keyId(), config.publicUrl()));
    }
}
