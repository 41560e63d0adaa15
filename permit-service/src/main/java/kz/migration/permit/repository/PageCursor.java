package kz.migration.permit.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.migration.common.problem.ProblemException;

/**
 * Opaque keyset cursor of the list endpoints: the sort key of the last item returned (a date, or an instant
 * for the MFA queue) and its id as tie-breaker, base64url-encoded.
 */
public record PageCursor(String key, UUID id) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageCursor after(LocalDate date, UUID id) {
        return new PageCursor(date.toString(), id);
    }

    public static PageCursor after(Instant instant, UUID id) {
        return new PageCursor(instant.toString(), id);
    }

    public String encode() {
        return kz.migration.common.web.PageCursor.encode(key, id);
    }

    /** Null for the first page; a cursor this service did not write is a 400. */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<String> parts = kz.migration.common.web.PageCursor.decode(cursor, 2);
        try {
            return new PageCursor(parts.get(0), UUID.fromString(parts.get(1)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }

    public LocalDate date() {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }

    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
        }
    }
}
