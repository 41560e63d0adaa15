package kz.migration.client.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.ConsistencyProof;
import kz.migration.tlog.Hash;
import kz.migration.tlog.InMemoryNodeStore;
import kz.migration.tlog.InclusionProof;
import kz.migration.tlog.MerkleHashing;
import kz.migration.tlog.MerkleLog;
import kz.migration.tlog.NoteSigner;
import kz.migration.tlog.RegistryLeaf;
import kz.migration.tlog.SignedNote;
import kz.migration.tlog.TreeHead;
import kz.migration.tlog.VerificationException;
import kz.migration.tlog.VerificationException.Reason;

/**
 * The verifier as an integrator uses it: only strings and bytes as the public endpoints would return them, and the
 * published verifier key. The registry side is played by the transparency-log module.
 */
class RegistryProofsTest {

    private static final String ORIGIN = "registry.example/contracts";
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final NoteSigner registryKey = NoteSigner.generate(ORIGIN);
    private final MerkleLog log = new MerkleLog(new InMemoryNodeStore());
    private final List<RegistryLeaf> entries = new ArrayList<>();
    private final List<byte[]> salts = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final RegistryProofs proofs = new RegistryProofs(ORIGIN, List.of(registryKey.verifierKey().encoded()));

    @Test
    void aWorkerProvesTheirEntryIsInTheLogFromItsPreimageSaltAndState() throws VerificationException {
        append(25);
        String note = checkpointNote(25);

        VerifiedCheckpoint head = proofs.verifyCheckpoint(note);
        int mine = 17;
        RegistryLeaf entry = RegistryProofs.registryLeaf(mine + 1L, entries.get(mine).recordedAt(),
                entries.get(mine).contractId(), entries.get(mine).action(), salts.get(mine), states.get(mine));
        proofs.verifyEntry(entry, publicInclusionProof(mine, 25), head);
        assertEquals(List.of(registryKey.verifierKey()), head.signedBy());
        assertEquals(note, head.note());
    }

    @Test
    void aChangedContractStateOrAnotherEntryDoesNotVerify() throws VerificationException {
        append(25);
        VerifiedCheckpoint head = proofs.verifyCheckpoint(checkpointNote(25));
        RegistryLeaf rewritten = RegistryProofs.registryLeaf(18, entries.get(17).recordedAt(),
                entries.get(17).contractId(), entries.get(17).action(), salts.get(17),
                states.get(17).replace("\"salary\":\"350000.00\"", "\"salary\":\"150000.00\""));
        VerificationException changed = assertThrows(VerificationException.class,
                () -> proofs.verifyEntry(rewritten, publicInclusionProof(17, 25), head));
        assertEquals(Reason.ROOT_MISMATCH, changed.reason());

        VerificationException elsewhere = assertThrows(VerificationException.class,
                () -> proofs.verifyEntry(entries.get(16), publicInclusionProof(17, 25), head));
        assertEquals(Reason.MALFORMED_PROOF, elsewhere.reason());

        VerificationException otherSize = assertThrows(VerificationException.class,
                () -> proofs.verifyEntry(entries.get(17), publicInclusionProof(17, 24), head));
        assertEquals(Reason.MALFORMED_PROOF, otherSize.reason());
    }

    @Test
    void anAuditorHoldingTwoCheckpointsProvesTheLogOnlyGrew() throws VerificationException {
        append(40);
        VerifiedCheckpoint older = proofs.verifyCheckpoint(checkpointNote(40));
        append(23);
        VerifiedCheckpoint newer = proofs.verifyCheckpoint(checkpointNote(63));
        proofs.verifyConsistency(older, newer, publicConsistencyProof(log, 40, 63));
        proofs.verifyConsistency(newer, newer, publicConsistencyProof(log, 63, 63));

        // A log whose first 40 entries were rewritten cannot prove itself an extension of the older checkpoint,
        // even when signed by the registry's own key.
        MerkleLog forked = new MerkleLog(new InMemoryNodeStore());
        List<Hash> leaves = new ArrayList<>(entries.stream().map(RegistryLeaf::leafHash).toList());
        leaves.set(3, MerkleHashing.leafHash("a rewritten entry".getBytes(StandardCharsets.UTF_8)));
        TreeHead forkedHead = forked.append(0, leaves);
        VerifiedCheckpoint forkedCheckpoint = proofs
                .verifyCheckpoint(registryKey.signCheckpoint(new Checkpoint(ORIGIN, forkedHead)));
        VerificationException refused = assertThrows(VerificationException.class, () -> proofs
                .verifyConsistency(older, forkedCheckpoint, publicConsistencyProof(forked, 40, 63)));
        assertEquals(Reason.ROOT_MISMATCH, refused.reason());
    }

    @Test
    void refusesACheckpointSignedByAnotherKeyOfAnotherLogOrAltered() {
        append(5);
        NoteSigner impostor = NoteSigner.generate(ORIGIN);
        Checkpoint head = new Checkpoint(ORIGIN, new TreeHead(5, log.root(5)));
        refused(Reason.NO_TRUSTED_SIGNATURE, impostor.signCheckpoint(head));
        refused(Reason.WRONG_ORIGIN,
                registryKey.signCheckpoint(new Checkpoint("registry.example/another", new TreeHead(5, log.root(5)))));
        refused(Reason.BAD_SIGNATURE, registryKey.signCheckpoint(head).replace("\n5\n", "\n6\n"));
        refused(Reason.MALFORMED_NOTE, head.text());
    }

    @Test
    void keepsVerifyingThroughAKeyRotation() throws VerificationException {
        append(10);
        String signedByOldKey = checkpointNote(10);
        NoteSigner newKey = NoteSigner.generate(ORIGIN);
        append(5);
        // During the overlap the registry signs each checkpoint with both keys.
        String signedByBoth = newKey
                .cosign(SignedNote.parse(registryKey.signCheckpoint(new Checkpoint(ORIGIN, head(15))))).format();

        RegistryProofs oldOnly = proofs;
        RegistryProofs newOnly = new RegistryProofs(ORIGIN, List.of(newKey.verifierKey().encoded()));
        RegistryProofs both = new RegistryProofs(ORIGIN,
                List.of(registryKey.verifierKey().encoded(), newKey.verifierKey().encoded()));

        assertEquals(15, oldOnly.verifyCheckpoint(signedByBoth).size());
        assertEquals(List.of(newKey.verifierKey()), newOnly.verifyCheckpoint(signedByBoth).signedBy());
        assertEquals(2, both.verifyCheckpoint(signedByBoth).signedBy().size());
        // Old checkpoints stay verifiable with the old key, and consistent with the new ones.
        VerifiedCheckpoint old = both.verifyCheckpoint(signedByOldKey);
        both.verifyConsistency(old, both.verifyCheckpoint(signedByBoth), publicConsistencyProof(log, 10, 15));
        VerificationException withoutOldKey = assertThrows(VerificationException.class,
                () -> newOnly.verifyCheckpoint(signedByOldKey));
        assertEquals(Reason.NO_TRUSTED_SIGNATURE, withoutOldKey.reason());
    }

    @Test
    void acceptsAnotherLeafEncoding() throws VerificationException {
        LeafEncoding<String> utf8 = text -> text.getBytes(StandardCharsets.UTF_8);
        MerkleLog other = new MerkleLog(new InMemoryNodeStore());
        TreeHead head = other.appendLeaves(0,
                List.of(utf8.encode("first"), utf8.encode("second"), utf8.encode("third")));
        VerifiedCheckpoint checkpoint = proofs
                .verifyCheckpoint(registryKey.signCheckpoint(new Checkpoint(ORIGIN, head)));
        proofs.verifyInclusion("second", utf8, other.inclusionProof(1, 3), checkpoint);
        assertThrows(VerificationException.class,
                () -> proofs.verifyInclusion("third", utf8, other.inclusionProof(1, 3), checkpoint));
    }

    @Test
    void refusesAVerifierWithoutKeysOrWithAMalformedKey() {
        assertThrows(IllegalArgumentException.class, () -> new RegistryProofs(ORIGIN, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistryProofs(ORIGIN, List.of(registryKey.verifierKey().encoded() + "x")));
    }

    private void append(int count) {
        List<Hash> leafHashes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = entries.size();
            byte[] salt = new byte[RegistryLeaf.SALT_SIZE];
            salt[0] = (byte) n;
            salt[31] = (byte) (n * 7);
            String state = "{\"contractNumber\":\"LC-" + n + "\",\"salary\":\"350000.00\",\"status\":\"ACTIVE\"}";
            RegistryLeaf entry = RegistryProofs.registryLeaf(n + 1L, START.plus(n, ChronoUnit.MINUTES),
                    UUID.nameUUIDFromBytes(("contract " + n).getBytes(StandardCharsets.UTF_8)),
                    n % 3 == 0 ? "REGISTERED" : "AMENDED", salt, state);
            entries.add(entry);
            salts.add(salt);
            states.add(state);
            leafHashes.add(entry.leafHash());
        }
        log.append(entries.size() - count, leafHashes);
    }

    private TreeHead head(long size) {
        return new TreeHead(size, log.root(size));
    }

    private String checkpointNote(long size) {
        return registryKey.signCheckpoint(Checkpoint.timestamped(ORIGIN, head(size), START.plusSeconds(size)));
    }

    /** The proof as the public endpoint would serve it, base64 strings, and read back as an integrator does. */
    private InclusionProof publicInclusionProof(long leafIndex, long treeSize) {
        List<String> path = log.inclusionProof(leafIndex, treeSize).auditPath().stream().map(Hash::base64).toList();
        return RegistryProofs.inclusionProof(leafIndex, treeSize, path);
    }

    private static ConsistencyProof publicConsistencyProof(MerkleLog log, long from, long to) {
        List<String> path = log.consistencyProof(from, to).path().stream().map(Hash::base64).toList();
        return RegistryProofs.consistencyProof(from, to, path);
    }

    private void refused(Reason reason, String note) {
        VerificationException refused = assertThrows(VerificationException.class,
                () -> proofs.verifyCheckpoint(note));
        assertEquals(reason, refused.reason(), refused.getMessage());
    }
}
