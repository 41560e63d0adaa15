package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import kz.migration.tlog.VerificationException.Reason;

/**
 * Signed notes and verifier keys against the keys, notes and signatures of Go's golang.org/x/mod/sumdb/note tests
 * (the reference implementation of the format; sources in {@code vectors/README.md}).
 */
class SignedNoteTest {

    private static final Properties GO = TestVectors.properties("golang-mod/sumdb-note.properties");
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIG = "\u2014 PeterNeumann " + GO.getProperty("peter.signature") + "\n";
    private static final String ENOCH_SIG = "\u2014 EnochRoot " + GO.getProperty("enoch.signature") + "\n";
    private static final VerifierKey PETER = VerifierKey.parse(GO.getProperty("peter.vkey"));
    private static final VerifierKey ENOCH = VerifierKey.parse(GO.getProperty("enoch.vkey"));

    @Test
    void signsByteForByteAsGoDoes() {
        NoteSigner signer = NoteSigner.fromSecretKey(GO.getProperty("peter.skey"));
        assertEquals(TEXT + "\n" + PETER_SIG, signer.sign(TEXT));
        assertEquals(PETER, signer.verifierKey());
        assertEquals(GO.getProperty("peter.vkey"), signer.verifierKey().encoded());
        assertEquals(GO.getProperty("peter.skey"), signer.secretKey());
        assertEquals(0xc74f20a3, PETER.keyId());
        assertEquals("c74f20a3", PETER.keyIdHex());
    }

    @Test
    void computesKeyIdsAsTheSpecDefinesThem() {
        assertEquals(PETER.keyId(), VerifierKey.keyId("PeterNeumann", PETER.publicKey()));
        assertEquals(0xaf0cfe78, ENOCH.keyId());
        NoteSigner generated = NoteSigner.generate("registry.example/log");
        assertEquals(generated.verifierKey(), VerifierKey.parse(generated.verifierKey().encoded()));
        assertEquals(generated.verifierKey(), NoteSigner.fromSecretKey(generated.secretKey()).verifierKey());
    }

    @Test
    void refusesEveryManglingOfAVerifierKey() {
        String vkey = GO.getProperty("peter.vkey");
        for (int i = 0; i <= vkey.length(); i++) {
            for (int j = i + 1; j <= vkey.length(); j++) {
                if (i != 0 || j != vkey.length()) {
                    refused(vkey.substring(i, j));
                }
            }
        }
        for (int i = 0; i < vkey.length(); i++) {
            char[] mangled = vkey.toCharArray();
            mangled[i]++;
            refused(new String(mangled));
        }
        refused(GO.getProperty("bad.vkey.1"));
        refused(GO.getProperty("bad.vkey.2"));
    }

    @Test
    void refusesEveryManglingOfASecretKey() {
        String skey = GO.getProperty("peter.skey");
        for (int i = 0; i <= skey.length(); i++) {
            for (int j = i + 1; j <= skey.length(); j++) {
                if (i != 0 || j != skey.length()) {
                    String part = skey.substring(i, j);
                    assertThrows(IllegalArgumentException.class, () -> NoteSigner.fromSecretKey(part), part);
                }
            }
        }
        for (int i = 0; i < skey.length(); i++) {
            char[] mangled = skey.toCharArray();
            mangled[i]++;
            String bad = new String(mangled);
            assertThrows(IllegalArgumentException.class, () -> NoteSigner.fromSecretKey(bad), bad);
        }
    }

    @Test
    void verifiesTheTrustedSignatureAndSetsAsideTheOthers() throws VerificationException {
        SignedNote.VerifiedNote one = SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(PETER));
        assertEquals(TEXT, one.text());
        assertEquals(List.of(PETER), one.verifiedBy());
        assertEquals(List.of("EnochRoot+af0cfe78"), one.otherSignatures().stream().map(Object::toString).toList());

        SignedNote.VerifiedNote both = SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(PETER, ENOCH));
        assertEquals(List.of(PETER, ENOCH), both.verifiedBy());
        assertEquals(List.of(), both.otherSignatures());

        SignedNote.VerifiedNote duplicates = SignedNote.open(
                TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG
                        + ENOCH_SIG.substring(0, 60) + "ABCD" + ENOCH_SIG.substring(60),
                List.of(PETER));
        assertEquals(List.of(PETER), duplicates.verifiedBy());
        assertEquals(2, duplicates.otherSignatures().size());
    }

    @Test
    void refusesANoteThatNoTrustedKeySigned() {
        refused(Reason.NO_TRUSTED_SIGNATURE, TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of());
        refused(Reason.NO_TRUSTED_SIGNATURE, TEXT + "\n" + ENOCH_SIG, List.of(PETER));
        // Another key under the same name: its signature line names a key ID we do not trust, and is ignored.
        NoteSigner impostor = NoteSigner.generate("PeterNeumann");
        refused(Reason.NO_TRUSTED_SIGNATURE, impostor.sign(TEXT), List.of(PETER));
    }

    @Test
    void refusesANoteWhoseTrustedSignatureDoesNotVerify() {
        refused(Reason.BAD_SIGNATURE, TEXT + "\n" + PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60),
                List.of(PETER));
        refused(Reason.BAD_SIGNATURE, TEXT.replace("problem,", "problem;") + "\n" + PETER_SIG, List.of(PETER));
        // A signature made by another key but labelled with the trusted key's name and ID.
        NoteSignature forged = NoteSigner.generate("PeterNeumann").signature(TEXT);
        String relabelled = new SignedNote(TEXT,
                List.of(new NoteSignature("PeterNeumann", PETER.keyId(), forged.signature()))).format();
        refused(Reason.BAD_SIGNATURE, relabelled, List.of(PETER));
    }

    @Test
    void refusesMalformedNotes() {
        for (String bad : List.of(TEXT, TEXT + "\n", TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
                "\u0001" + TEXT + "\n" + PETER_SIG,
                TEXT + "\n" + "\u2014 Bad Name " + GO.getProperty("peter.signature"),
                TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
                TEXT + "\n" + PETER_SIG.repeat(101))) {
            refused(Reason.MALFORMED_NOTE, bad, List.of(PETER));
        }
        byte[] notUtf8 = ("?" + TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
        notUtf8[0] = (byte) 0xff;
        VerificationException refused = assertThrows(VerificationException.class, () -> SignedNote.parse(notUtf8));
        assertEquals(Reason.MALFORMED_NOTE, refused.reason());
    }

    @Test
    void refusesTwoTrustedKeysThatShareANameAndKeyId() {
        assertThrows(IllegalArgumentException.class,
                () -> SignedNote.open(TEXT + "\n" + ENOCH_SIG, List.of(ENOCH, PETER, ENOCH)));
    }

    @Test
    void aCosignedNoteKeepsBothSignaturesAndRoundTrips() throws VerificationException {
        NoteSigner peter = NoteSigner.fromSecretKey(GO.getProperty("peter.skey"));
        NoteSigner next = NoteSigner.generate("PeterNeumann");
        SignedNote cosigned = next.cosign(SignedNote.parse(peter.sign(TEXT)));
        assertEquals(cosigned, SignedNote.parse(cosigned.format()));
        assertEquals(List.of(PETER), SignedNote.open(cosigned.format(), List.of(PETER)).verifiedBy());
        assertEquals(List.of(next.verifierKey()),
                SignedNote.open(cosigned.format(), List.of(next.verifierKey())).verifiedBy());
        // Signing again replaces the key's own signature rather than adding a second one.
        assertEquals(2, next.cosign(cosigned).signatures().size());
        assertArrayEquals(peter.signature(TEXT).signature(), cosigned.signatures().get(0).signature());
    }

    private static void refused(String vkey) {
        assertThrows(IllegalArgumentException.class, () -> VerifierKey.parse(vkey), vkey);
    }

    private static void refused(Reason reason, String note, List<VerifierKey> trusted) {
        VerificationException refused = assertThrows(VerificationException.class,
                () -> SignedNote.open(note, trusted), note);
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
