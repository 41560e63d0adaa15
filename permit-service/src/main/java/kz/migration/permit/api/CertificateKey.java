package kz.migration.permit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public key that verifies certificates: a JWK (RFC 7517) of an Ed25519 key (RFC 8037). */
@Schema(example = """
        {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
         "kid": "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", "use": "sig", "alg": "EdDSA"}""")
public record CertificateKey(
        @Schema(description = "Key type: OKP") String kty,
        @Schema(description = "Curve: Ed25519") String crv,
        @Schema(description = "The public key, base64url without padding") String x,
        @Schema(description = "Key id: the key's JWK thumbprint (RFC 7638); a certificate's JWS names it in kid") String kid,
        @Schema(description = "sig: the key verifies signatures") String use,
        @Schema(description = "EdDSA") String alg) {

    public static CertificateKey ed25519(String x, String kid) {
        return new CertificateKey("OKP", "Ed25519", x, kid, "sig", "EdDSA");
    }
}
