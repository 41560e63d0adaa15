package kz.migration.contract.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.migration.common.rules.Rule;

/**
 * The hashing rules of the registry log, in one place so that appending and verifying cannot drift apart.
 * <ul>
 * <li>state: canonical JSON of the contract (keys sorted, no whitespace, every value a string, boolean, number or
 * null; dates ISO-8601; money as plain decimal string), hashed with SHA-256;</li>
 * <li>entry: SHA-256 of {@code sequence \n recordedAt-epoch-microseconds \n contractId \n action \n stateHash \n
 * previousHash}, hex lower case. The first entry's previous hash is 64 zeros.</li>
 * </ul>
 * The database function {@code registry_chain_pending} (repeatable migration {@code R__registry_chain_pending.sql},
 * called by {@code RegistrySequencer}) computes the entry hash by the same rule when it chains pending entries under
 * the head row's lock; verification recomputes it here, so a drift between the two shows.
 */
@Rule("contract.registry.tamper-evident")
public final class RegistryHashes {

    public static final String GENESIS = "0".repeat(64);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private RegistryHashes() {
    }

    /** The contract's state as canonical JSON; the optimistic-lock version is not part of the state. */
    public static String canonicalState(LabourContract c, LocalDate replacedOn) {
        Map<String, Object> state = new TreeMap<>();
        state.put("id", c.id.toString());
        state.put("contractNumber", c.contractNumber);
        state.put("permitNumber", c.permitNumber);
        state.put("permitKind", c.permitKind == null ? null : c.permitKind.name());
        state.put("vacancyId", c.vacancyId == null ? null : c.vacancyId.toString());
        state.put("employerBin", c.employerBin);
        state.put("employerIin", c.employerIin);
        state.put("region", c.region);
        state.put("workerFullName", c.workerFullName);
        state.put("workerPassport", c.workerPassport);
        state.put("workerCitizenship", c.workerCitizenship);
        state.put("workerIin", c.workerIin);
        state.put("position", c.position);
        state.put("occupationCode", c.occupationCode);
        state.put("startDate", text(c.startDate));
        state.put("endDate", text(c.endDate));
        state.put("salary", c.salary.setScale(2).toPlainString());
        state.put("currency", c.currency);
        state.put("weeklyHours", (int) c.weeklyHours);
        state.put("signedOn", text(c.signedOn));
        state.put("registeredAt", c.registeredAt.truncatedTo(ChronoUnit.MICROS).toString());
        state.put("late", c.late);
        state.put("status", c.status.name());
        state.put("terminatedOn", text(c.terminatedOn));
        state.put("terminationReason", c.terminationReason == null ? null : c.terminationReason.name());
        state.put("terminationNote", c.terminationNote);
        state.put("amendmentCount", c.amendmentCount);
        state.put("lateAmendments", c.lateAmendments);
        state.put("replacedByCitizenOn", text(replacedOn));
        try {
            return CANONICAL.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contract state cannot be written as JSON", e);
        }
    }

    public static String entryHash(long sequence, Instant recordedAt, UUID contractId, RegistryAction action,
            String stateHash, String previousHash) {
        return entryHash(sequence, ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt), contractId.toString(),
                action.name(), stateHash, previousHash);
    }

    /** The same, from the parts as stored: the time in microseconds, the contract id and action as text. */
    public static String entryHash(long sequence, long recordedAtMicros, String contractId, String action,
            String stateHash, String previousHash) {
        return sha256(sequence + "\n" + recordedAtMicros + "\n" + contractId + "\n" + action + "\n" + stateHash + "\n"
                + previousHash);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of {@code bytes}, e.g. a canonical state as its UTF-8 bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
