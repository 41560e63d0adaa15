package kz.migration.permit.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The keys that verify permit certificates, as a JWK set (RFC 7517 §5): the key that signs now first, then any other
 * a verifier may need (a key announced before a rotation, a previous key while certificates it signed are valid).
 */
@Schema(example = """
        {"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
         "kid": "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", "use": "sig", "alg": "EdDSA"}]}""")
public record CertificateKeySet(List<CertificateKey> keys) {
}
