package kz.migration.contract.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

import kz.migration.common.statistics.SuppressedChain;
import kz.migration.contract.api.PublicContractStatistics;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.PublicContractTables;
import kz.migration.contract.repository.ContractRepository;

/**
 * The public contract statistics: counted as of the end of the last full month and published as
 * {@link PublicContractTables} decide; the JSON and its ETag are kept for {@code refresh}, and for a year only while
 * the day counted stays the same.
 */
@ApplicationScoped
public class PublicContractStatisticsService {

    /** The published document and its strong ETag (a hash of its bytes). */
    public record Published(byte[] body, String etag) {
    }

    private record Entry(LocalDate asOf, long loadedAt, Published published) {
    }

    /** Years kept in memory at most; a request for another drops them all (they are cheap to compute again). */
    private static final int YEARS_KEPT = 16;

    private final Map<Integer, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    ContractRepository contracts;

    @Inject
    ContractRegistryConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The tables as published, as JSON. */
    @Transactional
    public Published publicStatistics(int year) {
        LocalDate asOf = PublicContractTables.asOf(year, LocalDate.now(clock)).orElse(null);
        Entry entry = cache.get(year);
        if (entry != null && Objects.equals(entry.asOf(), asOf)
                && System.nanoTime() - entry.loadedAt() < config.publicStatistics().refresh().toNanos()) {
            return entry.published();
        }
        Published published = publish(PublicContractStatistics.of(year, asOf, tables(year, asOf)));
        if (cache.size() >= YEARS_KEPT) {
            cache.clear();
        }
        cache.put(year, new Entry(asOf, System.nanoTime(), published));
        return published;
    }

    /** The suppressed tables of {@code year} up to the end of {@code asOf} (none counted when it is null). */
    @Transactional
    public SuppressedChain tables(int year, LocalDate asOf) {
        ZoneId zone = clock.getZone();
        List<PublicContractTables.ContractCount> counts = List.of();
        if (asOf != null) {
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
            counts = contracts.publicCounts(from, asOf.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return PublicContractTables.publish(counts);
    }

    private Published publish(PublicContractStatistics view) {
        try {
            byte[] body = json.writeValueAsBytes(view);
            return new Published(body, "\"" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
