package kz.migration.tlog;

import static kz.migration.tlog.VerificationException.Reason.BAD_SIGNATURE;
import static kz.migration.tlog.VerificationException.Reason.MALFORMED_NOTE;
import static kz.migration.tlog.VerificationException.Reason.NO_TRUSTED_SIGNATURE;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A c2sp.org/signed-note: a text ending in a newline, a blank line, then one signature line per key. The text is
 * everything before the last blank line. Parsing checks only the form; {@link #open} checks the signatures.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /** Go's sumdb/note refuses more; the spec asks verifiers to accept at least 16. */
    public static final int MAX_SIGNATURES = 100;

    public SignedNote {
        requireValidText(text);
        signatures = List.copyOf(signatures);
    }

    /** A note text: not empty, ending in a newline, valid note characters. */
    static void requireValidText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || !text.endsWith("\n") || !NoteText.isValidText(text)) {
            throw new IllegalArgumentException(
                    "a note text ends in a newline and has no control character other than newline");
        }
    }

    /** Parses a note from its bytes, which must be valid UTF-8. */
    public static SignedNote parse(byte[] note) throws VerificationException {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(note)).toString());
        } catch (CharacterCodingException e) {
            throw malformed("not UTF-8");
        }
    }

    public static SignedNote parse(String note) throws VerificationException {
        if (note == null || !NoteText.isValidText(note)) {
            throw malformed("a control character other than newline, or not text");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw malformed("no signature lines, or the last one has no newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            if (signatures.size() == MAX_SIGNATURES) {
                throw malformed("more than " + MAX_SIGNATURES + " signatures");
            }
            signatures.add(signatureLine(line));
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature signatureLine(String line) throws VerificationException {
        if (!line.startsWith(NoteText.SIGNATURE_PREFIX)) {
            throw malformed("a signature line starts with an em dash and a space: " + line);
        }
        String rest = line.substring(NoteText.SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        byte[] decoded = space < 0 ? null : VerifierKey.canonicalBase64(rest.substring(space + 1));
        if (!NoteText.isValidKeyName(name) || decoded == null || decoded.length < 5) {
            throw malformed("a signature line is — <key name> <base64 of key ID and signature>: " + line);
        }
        int keyId = (decoded[0] & 0xff) << 24 | (decoded[1] & 0xff) << 16 | (decoded[2] & 0xff) << 8
                | decoded[3] & 0xff;
        byte[] signature = new byte[decoded.length - 4];
        System.arraycopy(decoded, 4, signature, 0, signature.length);
        return new NoteSignature(name, keyId, signature);
    }

    /** Parses and verifies in one step. */
    public static VerifiedNote open(String note, Collection<VerifierKey> trusted) throws VerificationException {
        return parse(note).open(trusted);
    }

    /**
     * Verifies the signatures by {@code trusted} keys. Signatures by other keys are ignored (they may be a new key
     * of a rotation, or a witness); a signature by a trusted key that does not verify refuses the whole note, and so
     * does a note that no trusted key signed.
     */
    public VerifiedNote open(Collection<VerifierKey> trusted) throws VerificationException {
        requireUnambiguous(trusted);
        List<VerifierKey> verifiedBy = new ArrayList<>();
        List<NoteSignature> others = new ArrayList<>();
        for (NoteSignature signature : signatures) {
            VerifierKey key = trusted.stream().filter(k -> k.matches(signature)).findFirst().orElse(null);
            if (key == null) {
                if (!others.contains(signature)) {
                    others.add(signature);
                }
                continue;
            }
            if (verifiedBy.contains(key)) {
                continue;
            }
            if (!key.verifies(text, signature.signature())) {
                throw new VerificationException(BAD_SIGNATURE,
                        "the signature of " + key.name() + "+" + key.keyIdHex() + " does not verify");
            }
            verifiedBy.add(key);
        }
        if (verifiedBy.isEmpty()) {
            throw new VerificationException(NO_TRUSTED_SIGNATURE, "no signature by a trusted key; signed by "
                    + (others.isEmpty() ? "nobody" : others.stream().map(NoteSignature::toString).toList()));
        }
        return new VerifiedNote(text, verifiedBy, others);
    }

    /** The same text with one more signature; an earlier signature by the same key is replaced. */
    public SignedNote withSignature(NoteSignature signature) {
        List<NoteSignature> all = new ArrayList<>();
        for (NoteSignature s : signatures) {
            if (!(s.keyName().equals(signature.keyName()) && s.keyId() == signature.keyId())) {
                all.add(s);
            }
        }
        all.add(signature);
        return new SignedNote(text, all);
    }

    /** The note as published: text, blank line, signature lines. */
    public String format() {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSignature signature : signatures) {
            note.append(signature.line()).append('\n');
        }
        return note.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static void requireUnambiguous(Collection<VerifierKey> trusted) {
        List<String> seen = new ArrayList<>();
        for (VerifierKey key : trusted) {
            String id = key.name() + "+" + key.keyIdHex();
            if (seen.contains(id)) {
                throw new IllegalArgumentException("two trusted keys share the name and key ID " + id);
            }
            seen.add(id);
        }
    }

    private static VerificationException malformed(String detail) {
        return new VerificationException(MALFORMED_NOTE, "malformed note: " + detail);
    }

    /** A note whose text was signed by at least one trusted key. */
    public record VerifiedNote(String text, List<VerifierKey> verifiedBy, List<NoteSignature> otherSignatures) {

        public VerifiedNote {
            verifiedBy = List.copyOf(verifiedBy);
            otherSignatures = List.copyOf(otherSignatures);
        }
    }
}
