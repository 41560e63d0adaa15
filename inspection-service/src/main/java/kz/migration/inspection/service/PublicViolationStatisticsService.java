package kz.migration.inspection.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.inspection.api.PublicViolationStatistics;
import kz.migration.inspection.config.InspectionConfig;
import kz.migration.inspection.domain.PublicViolationTables;
import kz.migration.inspection.repository.ViolationRepository;

/**
 * The public violation statistics: counted as of the end of the last full month and published as
 * {@link PublicViolationTables} decide; the JSON and its ETag are kept for {@code public-refresh}, and for a year
 * only while the day counted stays the same.
 */
@ApplicationScoped
public class PublicViolationStatisticsService {

    /** The published document and its strong ETag (a hash of its bytes). */
    public record Published(byte[] body, String etag) {
    }

    private record Entry(LocalDate asOf, long loadedAt, Published published) {
    }

    /** Years kept in memory at most; a request for another drops them all (they are cheap to compute again). */
    private static final int YEARS_KEPT = 16;

    private final Map<Integer, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    ViolationRepository violations;

    @Inject
    InspectionConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The tables as published, as JSON. */
    @Transactional
    public Published publicStatistics(int year) {
        LocalDate asOf = PublicViolationTables.asOf(year, LocalDate.now(clock)).orElse(null);
        Entry entry = cache.get(year);
        if (entry != null && Objects.equals(entry.asOf(), asOf)
                && System.nanoTime() - entry.loadedAt() < config.statistics().publicRefresh().toNanos()) {
            return entry.published();
        }
        PublicViolationStatistics view = asOf == null
                ? PublicViolationStatistics.none(year, SmallCellSuppression.THRESHOLD)
                : PublicViolationStatistics.of(year, asOf, tables(asOf));
        Published published = publish(view);
        if (cache.size() >= YEARS_KEPT) {
            cache.clear();
        }
        cache.put(year, new Entry(asOf, System.nanoTime(), published));
        return published;
    }

    /** The suppressed tables of asOf's year up to {@code asOf}. */
    @Transactional
    public SuppressedChain tables(LocalDate asOf) {
        List<PublicViolationTables.ViolationCount> counts = violations
                .counts(LocalDate.of(asOf.getYear(), 1, 1), asOf, null).stream()
                .map(c -> new PublicViolationTables.ViolationCount(YearMonth.from(c.month()), c.kind(), c.region(),
                        c.count()))
                .toList();
        return PublicViolationTables.publish(asOf, counts);
    }

    private Published publish(PublicViolationStatistics view) {
        try {
            byte[] body = json.writeValueAsBytes(view);
            return new Published(body, "\"" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
