package kz.migration.contract.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

import kz.migration.contract.domain.CheckpointKeyring;
import kz.migration.tlog.NoteSigner;
import kz.migration.tlog.VerifierKey;

/**
 * The keys that sign the registry's checkpoints, read once at start-up from the configured secret (inline, or a
 * mounted file). Production starts only with a key (and common's ProductionSafetyCheck refuses a dev key); elsewhere,
 * without one, the service signs with a key made for the run and says so.
 */
public class CheckpointKeyringProducer {

    private static final Logger LOG = Logger.getLogger(CheckpointKeyringProducer.class);

    @Produces
    @Singleton
    CheckpointKeyring keyring(ContractRegistryConfig config) {
        return load(config.checkpoint(), ConfigUtils.getProfiles());
    }

    /** Fails the start-up on a missing or unusable key, rather than at the first checkpoint. */
    void onStart(@Observes StartupEvent start, CheckpointKeyring keyring) {
        LOG.infof("Registry checkpoints of %s are signed by %s", keyring.origin(),
                keyring.verifierKeys().stream().map(VerifierKey::encoded).toList());
    }

    static CheckpointKeyring load(ContractRegistryConfig.Checkpoints config, List<String> profiles) {
        List<String> keys = new ArrayList<>();
        config.signingKeys().ifPresent(text -> keys.addAll(keyLines(text)));
        if (config.signingKeysFile().isPresent()) {
            Path file = config.signingKeysFile().get();
            try {
                keys.addAll(keyLines(Files.readString(file)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the checkpoint signing keys from " + file + ": " + e, e);
            }
        }
        if (keys.isEmpty()) {
            if (profiles.contains("prod")) {
                throw new IllegalStateException("No checkpoint signing key: mount the key's secret and name it in"
                        + " REGISTRY_CHECKPOINT_SIGNING_KEYS_FILE (docs/runbook.md, registry checkpoint keys)");
            }
            LOG.warnf("No checkpoint signing key configured: checkpoints of this run are signed by a key made for it"
                    + " alone, which no one can verify after a restart");
            keys.add(NoteSigner.generate(config.origin()).secretKey());
        }
        try {
            return CheckpointKeyring.of(config.origin(), keys);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unusable checkpoint signing keys: " + e.getMessage(), e);
        }
    }

    /** One secret key per line; blank lines and # comments are allowed around them. */
    private static List<String> keyLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
