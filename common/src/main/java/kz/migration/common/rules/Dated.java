package kz.migration.common.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A rule's value over time: each value applies from its date until the next one's. An application is judged by the
 * value in force on its submission date; a date before the first value has no rule and is refused, never guessed.
 */
public final class Dated<T> {

    private final NavigableMap<LocalDate, T> values;

    private Dated(NavigableMap<LocalDate, T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a dated rule needs at least one value");
        }
        this.values = values;
    }

    /** The same value at every date from {@code from} on. */
    public static <T> Dated<T> from(LocalDate from, T value) {
        TreeMap<LocalDate, T> values = new TreeMap<>();
        values.put(from, Objects.requireNonNull(value));
        return new Dated<>(values);
    }

    /** Values by the date each came into force. */
    public static <T> Dated<T> of(Map<LocalDate, T> valuesByDate) {
        return new Dated<>(new TreeMap<>(valuesByDate));
    }

    /** Configuration maps use ISO dates as keys ({@code permit.x."2025-09-01"=20}). */
    public static <T> Dated<T> ofIsoKeys(Map<String, T> valuesByIsoDate) {
        TreeMap<LocalDate, T> values = new TreeMap<>();
        valuesByIsoDate.forEach((date, value) -> values.put(LocalDate.parse(date.trim()), value));
        return new Dated<>(values);
    }

    /** This rule, with {@code value} in force from {@code from} on. */
    public Dated<T> andFrom(LocalDate from, T value) {
        TreeMap<LocalDate, T> next = new TreeMap<>(values);
        next.put(from, Objects.requireNonNull(value));
        return new Dated<>(next);
    }

    /** The value in force on {@code date}. */
    public T at(LocalDate date) {
        Map.Entry<LocalDate, T> entry = values.floorEntry(date);
        if (entry == null) {
            throw new IllegalArgumentException("No rule in force on " + date + "; the first comes into force on "
                    + values.firstKey());
        }
        return entry.getValue();
    }

    /** The date from which the value in force on {@code date} applies. */
    public LocalDate inForceSince(LocalDate date) {
        at(date);
        return values.floorKey(date);
    }

    public LocalDate firstInForce() {
        return values.firstKey();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
