package kz.migration.contract.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

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

    private RegistryHashes() {
    }

    /**
     * The contract's state as canonical JSON; the optimistic-lock version is not part of the state. The members are
     * written in their keys' sorted order by hand, into one buffer: a sorted map and Jackson per registration cost
     * about a tenth of the request's allocation, and the bytes are the same (CanonicalJsonTest).
     */
    public static String canonicalState(LabourContract c, LocalDate replacedOn) {
        return new CanonicalJson(768)
                .number("amendmentCount", c.amendmentCount)
                .text("contractNumber", c.contractNumber)
                .text("currency", c.currency)
                .text("employerBin", c.employerBin)
                .text("employerIin", c.employerIin)
                .date("endDate", c.endDate)
                .text("id", c.id.toString())
                .bool("late", c.late)
                .number("lateAmendments", c.lateAmendments)
                .text("occupationCode", c.occupationCode)
                .text("permitKind", c.permitKind == null ? null : c.permitKind.name())
                .text("permitNumber", c.permitNumber)
                .text("position", c.position)
                .text("region", c.region)
                .instant("registeredAt", c.registeredAt.truncatedTo(ChronoUnit.MICROS))
                .date("replacedByCitizenOn", replacedOn)
                .text("salary", c.salary.setScale(2).toPlainString())
                .date("signedOn", c.signedOn)
                .date("startDate", c.startDate)
                .text("status", c.status.name())
                .date("terminatedOn", c.terminatedOn)
                .text("terminationNote", c.terminationNote)
                .text("terminationReason", c.terminationReason == null ? null : c.terminationReason.name())
                .text("vacancyId", c.vacancyId == null ? null : c.vacancyId.toString())
                .number("weeklyHours", c.weeklyHours)
                .text("workerCitizenship", c.workerCitizenship)
                .text("workerFullName", c.workerFullName)
                .text("workerIin", c.workerIin)
                .text("workerPassport", c.workerPassport)
                .end();
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

}
