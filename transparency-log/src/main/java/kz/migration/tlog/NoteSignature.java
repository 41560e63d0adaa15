package kz.migration.tlog;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)}, the key ID as 4 big-endian
 * bytes.
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

    public NoteSignature {
        if (!NoteText.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("not a key name: '" + keyName + "'");
        }
        Objects.requireNonNull(signature, "signature");
        if (signature.length == 0) {
            throw new IllegalArgumentException("an empty signature");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line, without its newline. */
    public String line() {
        byte[] idAndSignature = new byte[4 + signature.length];
        idAndSignature[0] = (byte) (keyId >>> 24);
        idAndSignature[1] = (byte) (keyId >>> 16);
        idAndSignature[2] = (byte) (keyId >>> 8);
        idAndSignature[3] = (byte) keyId;
        System.arraycopy(signature, 0, idAndSignature, 4, signature.length);
        return NoteText.SIGNATURE_PREFIX + keyName + " " + Base64.getEncoder().encodeToString(idAndSignature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s && keyName.equals(s.keyName) && keyId == s.keyId
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return keyName + "+" + HexFormat.of().toHexDigits(keyId);
    }
}
