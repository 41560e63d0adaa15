package kz.migration.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * One JSON object written straight into one StringBuilder, byte for byte as Jackson writes it: members in the order
 * given (a canonical writer gives them sorted), strings escaped as Jackson's default escapes ({@code "}, {@code \},
 * the control characters; the rest as they are), dates and instants as their ISO-8601 {@code toString}. A state hash
 * is computed over these bytes, so the output must never change; {@code CanonicalJsonTest} holds it against Jackson.
 */
final class CanonicalJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Epoch seconds of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years, written by hand. */
    private static final long FIRST_FOUR_DIGIT_SECOND = -62_167_219_200L;
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;

    private final StringBuilder json;
    private boolean empty = true;

    CanonicalJson(int capacity) {
        json = new StringBuilder(capacity).append('{');
    }

    CanonicalJson text(String key, String value) {
        key(key);
        if (value == null) {
            json.append("null");
        } else {
            quoted(value);
        }
        return this;
    }

    CanonicalJson number(String key, int value) {
        key(key);
        json.append(value);
        return this;
    }

    CanonicalJson bool(String key, boolean value) {
        key(key);
        json.append(value);
        return this;
    }

    /** As {@code date.toString()}, quoted. */
    CanonicalJson date(String key, LocalDate date) {
        key(key);
        if (date == null) {
            json.append("null");
        } else {
            json.append('"');
            date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            json.append('"');
        }
        return this;
    }

    /** As {@code instant.toString()} ({@link DateTimeFormatter#ISO_INSTANT}), quoted. */
    CanonicalJson instant(String key, Instant instant) {
        key(key);
        json.append('"');
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_SECOND || seconds > LAST_FOUR_DIGIT_SECOND) {
            DateTimeFormatter.ISO_INSTANT.formatTo(instant, json);
        } else {
            long day = Math.floorDiv(seconds, 86_400);
            int secondOfDay = (int) Math.floorMod(seconds, 86_400);
            LocalDate date = LocalDate.ofEpochDay(day);
            date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            json.append('T');
            twoDigits(secondOfDay / 3_600);
            json.append(':');
            twoDigits(secondOfDay / 60 % 60);
            json.append(':');
            twoDigits(secondOfDay % 60);
            fraction(instant.getNano());
            json.append('Z');
        }
        json.append('"');
        return this;
    }

    String end() {
        return json.append('}').toString();
    }

    private void key(String key) {
        if (!empty) {
            json.append(',');
        }
        empty = false;
        json.append('"').append(key).append("\":");
    }

    private void quoted(String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20) {
                json.append(c);
            } else {
                switch (c) {
                    case '\b' -> json.append("\\b");
                    case '\t' -> json.append("\\t");
                    case '\n' -> json.append("\\n");
                    case '\f' -> json.append("\\f");
                    case '\r' -> json.append("\\r");
                    default -> json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            }
        }
        json.append('"');
    }

    /** yyyy-MM-dd of a year 0-9999, as LocalDate writes it; other years as LocalDate writes them. */
    private void date(int year, int month, int day) {
        if (year < 0 || year > 9999) {
            json.append(LocalDate.of(year, month, day));
            return;
        }
        twoDigits(year / 100);
        twoDigits(year % 100);
        json.append('-');
        twoDigits(month);
        json.append('-');
        twoDigits(day);
    }

    /** The nanoseconds as ISO_INSTANT writes them: none, or in groups of three digits, as many as they need. */
    private void fraction(int nanos) {
        if (nanos == 0) {
            return;
        }
        json.append('.');
        if (nanos % 1_000_000 == 0) {
            digits(nanos / 1_000_000, 100);
        } else if (nanos % 1_000 == 0) {
            digits(nanos / 1_000, 100_000);
        } else {
            digits(nanos, 100_000_000);
        }
    }

    private void twoDigits(int value) {
        json.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** {@code value} zero-padded to the digits of {@code highest} (100: three digits). */
    private void digits(int value, int highest) {
        for (int divisor = highest; divisor > 0; divisor /= 10) {
            json.append((char) ('0' + value / divisor % 10));
        }
    }
}
