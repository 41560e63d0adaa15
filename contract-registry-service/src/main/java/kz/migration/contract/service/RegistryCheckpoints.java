package kz.migration.contract.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.contract.RegistryCheckpointPublished;
import kz.migration.common.outbox.Outbox;
import kz.migration.contract.api.RegistryKeys;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.CheckpointCadence;
import kz.migration.contract.domain.CheckpointKeyring;
import kz.migration.contract.repository.RegistryTreeRepository;
import kz.migration.contract.repository.RegistryTreeRepository.CheckpointSigner;
import kz.migration.contract.repository.RegistryTreeRepository.StoredCheckpoint;
import kz.migration.tlog.Checkpoint;
import kz.migration.tlog.TreeHead;
import kz.migration.tlog.VerifierKey;

/**
 * Signed checkpoints of the registry log: the sequencer signs the tree after its batches as {@link CheckpointCadence}
 * allows, stores the note and publishes it as RegistryCheckpointPublished; readers get the latest note and the keys.
 */
@ApplicationScoped
public class RegistryCheckpoints {

    /** Kafka key of RegistryCheckpointPublished: one key keeps the checkpoints in order. */
    static final String CHECKPOINT_AGGREGATE = "registry-checkpoint";

    @Inject
    RegistryTreeRepository tree;

    @Inject
    CheckpointKeyring keyring;

    @Inject
    Outbox outbox;

    @Inject
    ContractRegistryConfig config;

    /**
     * Signs {@code head} with every active key if a checkpoint is due at {@code now}, in the sequencer's transaction
     * (under the registry head's row lock, so instances take turns), and publishes it through the outbox.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RegistryCheckpointPublished> publishIfDue(TreeHead head, Instant now) {
        CheckpointCadence.Latest latest = tree.latestCheckpoint()
                .map(c -> new CheckpointCadence.Latest(c.treeSize(), c.signedAt())).orElse(null);
        if (!CheckpointCadence.ONCE_A_SECOND.isDue(latest, head.size(), now)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = Checkpoint.timestamped(keyring.origin(), head, now);
        String note = keyring.sign(checkpoint);
        tree.insertCheckpoint(new StoredCheckpoint(head.size(), head.root().bytes(), now, note));
        for (VerifierKey key : keyring.verifierKeys()) {
            tree.recordSigner(key.encoded(), head.size(), now);
        }
        RegistryCheckpointPublished published = new RegistryCheckpointPublished(keyring.origin(), head.size(),
                head.root().base64(), checkpoint.time().orElseThrow(), note);
        outbox.append(CHECKPOINT_AGGREGATE, published);
        return Optional.of(published);
    }

    /** The latest signed checkpoint, as published. */
    @Transactional
    public Optional<StoredCheckpoint> latest() {
        return tree.latestCheckpoint();
    }

    /** The active keys, then every retired key that signed checkpoints, with what each signed. */
    @Transactional
    public RegistryKeys keys() {
        Map<String, CheckpointSigner> signed = new LinkedHashMap<>();
        tree.signers().forEach(signer -> signed.put(signer.verifierKey(), signer));
        List<RegistryKeys.Key> keys = new ArrayList<>();
        for (VerifierKey key : keyring.verifierKeys()) {
            CheckpointSigner signer = signed.remove(key.encoded());
            keys.add(key(key, RegistryKeys.Status.ACTIVE, signer, signer == null
                    ? null
                    : CheckpointKeyring.rotateBy(signer.firstSignedAt(), config.checkpoint().keyRotationPeriod())));
        }
        for (CheckpointSigner retired : signed.values()) {
            keys.add(key(VerifierKey.parse(retired.verifierKey()), RegistryKeys.Status.RETIRED, retired, null));
        }
        return new RegistryKeys(keyring.origin(), keys);
    }

    private static RegistryKeys.Key key(VerifierKey key, RegistryKeys.Status status, CheckpointSigner signer,
            Instant rotateBy) {
        return new RegistryKeys.Key(key.encoded(), key.name(), key.keyIdHex(), status,
                signer == null ? null : signer.firstTreeSize(), signer == null ? null : signer.firstSignedAt(),
                signer == null ? null : signer.lastTreeSize(), signer == null ? null : signer.lastSignedAt(),
                rotateBy);
    }
}
