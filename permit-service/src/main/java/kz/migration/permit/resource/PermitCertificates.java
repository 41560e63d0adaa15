package kz.migration.permit.resource;

import jakarta.ws.rs.core.Response;

import kz.migration.permit.service.PermitCertificateService.Certificate;

/** What the certificate operations share: the PDF answer and the words of the API document. */
final class PermitCertificates {

    static final String PDF = "application/pdf";

    static final String WHAT_IT_IS = "One A4 page in Kazakh, Russian and English with the permit's public facts and a "
            + "QR code holding them as a compact JWS (EdDSA, Ed25519, kid in the header, typ permit-certificate+jwt): "
            + "permitNumber, kind (EMPLOYER or LABOUR_IMMIGRANT), category, holder (initials only), citizenship, "
            + "employerBin (null for a labour immigrant's permit), region, occupation, validFrom, validTo and iat, "
            + "the issue time. Never the passport number. Anyone verifies it offline with the keys of "
            + "GET /api/v1/public/permits/keys alone; whether the permit was revoked since is asked online, of "
            + "GET /api/v1/public/permits/{number}/status, whose address the certificate prints. The same facts under "
            + "the same key are one certificate: asked again, it comes back byte for byte the same.";

    static final String PDF_EXAMPLE = "%PDF-1.7 (one A4 page: the facts, the QR code, the status address)";

    private PermitCertificates() {
    }

    static Response pdf(Certificate certificate) {
        return Response.ok(certificate.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + certificate.permitNumber() + ".pdf\"").build();
    }
}
