package kz.migration.common.statistics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import kz.migration.common.web.CachedDocument;

/**
 * A service's public statistics documents by year, as last written: one is kept for the refresh period, and only
 * while the day it counts up to stays the same, so a month's end publishes the new figures at once.
 */
public final class YearlyPublications {

    private record Entry(LocalDate asOf, long writtenAt, CachedDocument document) {
    }

    /** Years kept at most; one more drops them all (they are cheap to write again). */
    private static final int YEARS_KEPT = 16;

    private final Map<Integer, Entry> documents = new ConcurrentHashMap<>();

    /** The document of {@code year} counted up to {@code asOf}, written by {@code write} when none is current. */
    public CachedDocument get(int year, LocalDate asOf, Duration refresh, Supplier<CachedDocument> write) {
        Entry entry = documents.get(year);
        if (entry != null && Objects.equals(entry.asOf(), asOf)
                && System.nanoTime() - entry.writtenAt() < refresh.toNanos()) {
            return entry.document();
        }
        CachedDocument document = write.get();
        if (documents.size() >= YEARS_KEPT) {
            documents.clear();
        }
        documents.put(year, new Entry(asOf, System.nanoTime(), document));
        return document;
    }
}
