package kz.migration.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.scheduler.Scheduled;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * {@code Idempotency-Key} handling for creating POSTs. The key is claimed by inserting it in the caller's
 * transaction, so a concurrent retry waits for the first request to commit and then gets its stored result; the
 * same key with another body is a 409. When the first request fails, its claim rolls back with it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /** Sorted keys make the hash independent of map order; built once, not per request. */
    private volatile ObjectMapper canonical;

    @Inject
    IdempotencyConfig config;

    /** Forgets keys older than the retention; a retry that late runs again. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void purgeExpired() {
        entityManager.createNativeQuery(
                "delete from idempotency_record where created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) config.retention().toSeconds()).executeUpdate();
    }

    /** A result and whether it is a replay of an earlier request with the same key. */
    public record Outcome<T>(T result, boolean replayed) {
    }

    /**
     * As {@link #once}, for operations whose retry without a key would do harm twice (a second permit application
     * for the worker, units moved twice): no key is 428 {@code idempotency-key-required} and changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> onceRequired(String scope, String key, Object request, Class<T> resultType,
            Supplier<T> action) {
        requireKey(key);
        return once(scope, key, request, resultType, action);
    }

    /**
     * What {@link #onceRequired} checks before it claims anything: no key is 428 {@code idempotency-key-required}, a
     * malformed one 400. For callers that claim the key in their own statement.
     */
    public void requireKey(String key) {
        if (key == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REQUIRED, "This request changes the registry in a "
                    + "way a blind retry would repeat; send an " + HEADER + " header (1-128 characters of A-Z a-z 0-9 "
                    + ". _ : -), the same one on every retry");
        }
        requireWellFormed(key);
    }

    private static void requireWellFormed(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
    }

    /**
     * A key found claimed by {@code storedRequestHash}'s request: the same request replays, another is 409
     * {@code idempotency-key-reused}.
     */
    public void requireSameRequest(String key, String requestHash, String storedRequestHash) {
        if (!requestHash.equals(storedRequestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + key + " was already used with a different request body");
        }
    }

    /**
     * Runs {@code action} once per {@code (scope, key)}; {@code scope} names the operation and the caller so that
     * two employers cannot collide on a key. A null key runs the action unguarded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> once(String scope, String key, Object request, Class<T> resultType, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        requireWellFormed(key);
        String requestHash = requestHash(request);
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_record (scope, idempotency_key, request_hash) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
        if (claimed == 1) {
            T result = action.get();
            entityManager.createNativeQuery("""
                    update idempotency_record set response = ?3 where scope = ?1 and idempotency_key = ?2""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, write(result)).executeUpdate();
            return new Outcome<>(result, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, response from idempotency_record where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        requireSameRequest(key, requestHash, (String) row[0]);
        return new Outcome<>(read((String) row[1], resultType), true);
    }

    /** The request's fingerprint as stored with its key: SHA-256 of its JSON with sorted keys, hex. */
    public String requestHash(Object request) {
        try {
            if (canonical == null) {
                canonical = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
            }
            byte[] bytes = canonical.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash request", e);
        }
    }

    /** The JSON stored as a key's response, and replayed. */
    public String write(Object result) {
        try {
            return objectMapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store idempotent result", e);
        }
    }

    /** A stored response as {@code type}. */
    public <T> T read(String json, Class<T> type) {
        try {
            // Leniently: a response stored by an earlier release may carry a field this release has dropped.
            return objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read stored idempotent result", e);
        }
    }
}
