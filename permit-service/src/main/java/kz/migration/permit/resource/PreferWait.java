package kz.migration.permit.resource;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wait} preference of an RFC 7240 {@code Prefer} header ({@code Prefer: wait=10}, possibly among other
 * preferences). A preference the server does not understand is ignored, as RFC 7240 §2 asks: no header, no
 * {@code wait} or a malformed one means no wait.
 */
final class PreferWait {

    static final String PREFER = "Prefer";
    static final String PREFERENCE_APPLIED = "Preference-Applied";
    private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,9})\"?(?=$|[,;\\s])",
            Pattern.CASE_INSENSITIVE);

    private PreferWait() {
    }

    static Optional<Duration> of(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        Matcher wait = WAIT.matcher(prefer);
        if (!wait.find()) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(wait.group(1));
        return seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }
}
