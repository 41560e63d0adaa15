package kz.migration.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import kz.migration.tlog.VerificationException.Reason;

/**
 * Checkpoints against the test log of transparency-dev/serverless-log: fifteen leaves and the Ed25519-signed
 * checkpoint of every size, made by Go's sumdb/note (sources in {@code vectors/README.md}).
 */
class CheckpointTest {

    private static final Properties LOG = TestVectors.properties("serverless-log/log.properties");
    private static final String ORIGIN = LOG.getProperty("origin");
    private static final VerifierKey ASTRA = VerifierKey.parse(LOG.getProperty("vkey"));
    private static final List<byte[]> LEAVES = Arrays.stream(LOG.getProperty("leaves").split(" "))
            .map(word -> word.getBytes(StandardCharsets.US_ASCII)).toList();

    @Test
    void verifiesEveryPublishedCheckpointAndComputesItsRootFromTheLeaves() throws VerificationException {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.appendLeaves(0, LEAVES);
        for (int size = 0; size <= LEAVES.size(); size++) {
            Checkpoint checkpoint = Checkpoint.open(note(size), ORIGIN, List.of(ASTRA));
            assertEquals(size, checkpoint.size());
            assertEquals(log.root(size), checkpoint.rootHash(), "root of " + size);
            assertEquals(List.of(), checkpoint.extensions());
        }
    }

    @Test
    void signsEveryCheckpointByteForByteAsTheGoLogDid() {
        NoteSigner astra = NoteSigner.fromSecretKey(LOG.getProperty("skey"));
        assertEquals(ASTRA, astra.verifierKey());
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        for (int size = 0; size <= LEAVES.size(); size++) {
            if (size > 0) {
                log.appendLeaves(size - 1, LEAVES.subList(size - 1, size));
            }
            Checkpoint checkpoint = new Checkpoint(ORIGIN, new TreeHead(size, log.root(size)));
            assertEquals(note(size), astra.signCheckpoint(checkpoint), "checkpoint of " + size);
        }
    }

    @Test
    void provesEveryLeafInEveryCheckpointAndEveryCheckpointConsistentWithEveryLaterOne()
            throws VerificationException {
        MerkleLog log = new MerkleLog(new InMemoryNodeStore());
        log.appendLeaves(0, LEAVES);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int size = 0; size <= LEAVES.size(); size++) {
            checkpoints.add(Checkpoint.open(note(size), ORIGIN, List.of(ASTRA)));
        }
        for (Checkpoint later : checkpoints) {
            for (int i = 0; i < later.size(); i++) {
                log.inclusionProof(i, later.size()).verify(MerkleHashing.leafHash(LEAVES.get(i)), later.rootHash());
            }
            for (Checkpoint earlier : checkpoints.subList(1, (int) later.size() + 1)) {
                log.consistencyProof(earlier.size(), later.size()).verify(earlier.rootHash(), later.rootHash());
            }
        }
    }

    @Test
    void refusesACheckpointSignedByAnotherKeyAlteredOrOfAnotherLog() {
        NoteSigner other = NoteSigner.generate("astra");
        Checkpoint genuine = parse(textOf(note(15)));
        refused(Reason.NO_TRUSTED_SIGNATURE, other.signCheckpoint(genuine), ORIGIN);
        refused(Reason.BAD_SIGNATURE, note(15).replace("\n15\n", "\n16\n"), ORIGIN);
        refused(Reason.BAD_SIGNATURE, note(15).replace(genuine.rootHash().base64(), MerkleHashing.emptyRoot().base64()),
                ORIGIN);
        refused(Reason.WRONG_ORIGIN, note(15), "example.com/another-log");
        refused(Reason.MALFORMED_NOTE, textOf(note(15)), ORIGIN);
    }

    @Test
    void parsesTheGoChecksumDatabaseTreeNote() throws VerificationException {
        Properties go = TestVectors.properties("golang-mod/sumdb-note.properties");
        String text = "go.sum database tree\n123456789012\n" + go.getProperty("tlog.leaf.hello-world") + "\n";
        Checkpoint checkpoint = Checkpoint.parse(text);
        assertEquals("go.sum database tree", checkpoint.origin());
        assertEquals(123456789012L, checkpoint.size());
        assertEquals(MerkleHashing.leafHash("hello world".getBytes(StandardCharsets.US_ASCII)), checkpoint.rootHash());
        assertEquals(text, checkpoint.text());
    }

    @Test
    void refusesMalformedCheckpointTexts() {
        String root = MerkleHashing.emptyRoot().base64();
        for (String bad : List.of("log\n12\n", "\n12\n" + root + "\n", "log\n012\n" + root + "\n",
                "log\n-1\n" + root + "\n", "log\n0x12\n" + root + "\n", "log\n12\n" + root,
                "log\n12\n" + root + "\n\n", "log\n12\nnot base64\n", "log\n9223372036854775808\n" + root + "\n",
                "log\n12\n" + Hash.fromBase64(root).base64().replace("=", "") + "\n",
                "log\n12\n" + java.util.Base64.getEncoder().encodeToString(new byte[31]) + "\n",
                "log\n12\n" + root + "\nex\u0001tension\n")) {
            VerificationException refused = assertThrows(VerificationException.class, () -> Checkpoint.parse(bad),
                    bad);
            assertEquals(Reason.MALFORMED_NOTE, refused.reason());
        }
    }

    @Test
    void keepsAndSignsExtensionLinesSuchAsTheTime() throws VerificationException {
        NoteSigner signer = NoteSigner.generate("registry.example/contracts");
        Instant signedAt = Instant.parse("2026-12-06T10:15:30Z");
        Checkpoint timestamped = Checkpoint.timestamped("registry.example/contracts",
                new TreeHead(3, MerkleHashing.emptyRoot()), signedAt);
        assertEquals("registry.example/contracts\n3\n" + MerkleHashing.emptyRoot().base64() + "\ntime 1796552130\n",
                timestamped.text());
        String note = signer.signCheckpoint(timestamped);
        Checkpoint opened = Checkpoint.open(note, "registry.example/contracts", List.of(signer.verifierKey()));
        assertEquals(timestamped, opened);
        assertEquals(Optional.of(signedAt), opened.time());
        refused(Reason.BAD_SIGNATURE, note.replace("time 1796552130", "time 1796552131"),
                "registry.example/contracts", signer.verifierKey());
        assertEquals(Optional.empty(), parse(textOf(note(3))).time());
    }

    private static String note(int size) {
        return TestVectors.text("serverless-log/checkpoint." + size);
    }

    private static String textOf(String note) {
        return note.substring(0, note.lastIndexOf("\n\n") + 1);
    }

    private static Checkpoint parse(String text) {
        try {
            return Checkpoint.parse(text);
        } catch (VerificationException e) {
            throw new AssertionError(e);
        }
    }

    private static void refused(Reason reason, String note, String origin) {
        refused(reason, note, origin, ASTRA);
    }

    private static void refused(Reason reason, String note, String origin, VerifierKey key) {
        VerificationException refused = assertThrows(VerificationException.class,
                () -> Checkpoint.open(note, origin, List.of(key)), note);
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
