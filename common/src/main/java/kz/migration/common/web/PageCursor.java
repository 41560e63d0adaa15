package kz.migration.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import kz.migration.common.problem.ProblemException;

/** The opaque {@code cursor} of a list: the sort key of the last item, base64url-encoded. */
public final class PageCursor {

    private static final char SEPARATOR = '|';

    private PageCursor() {
    }

    public static String encode(Object... sortKey) {
        StringBuilder text = new StringBuilder();
        for (Object part : sortKey) {
            text.append(text.length() > 0 ? String.valueOf(SEPARATOR) : "").append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, exactly {@code parts} of them, or a 400 naming the {@code cursor} parameter. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split("\\" + SEPARATOR, -1));
            if (values.size() == parts) {
                return values;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }
}
