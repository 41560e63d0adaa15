package kz.migration.common.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Logs never carry personal data or credentials: IINs and BINs (12 digits), passport numbers and bearer tokens
 * are masked in every message before a handler writes it. Enabled for the console by
 * {@code quarkus.log.console.filter=personal-data} in the shared configuration.
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataLogFilter implements Filter {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)\\S+");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{2})\\d{8}(\\d{2})(?!\\d)");
    /** Passport numbers: one or two letters followed by 6-9 digits (e.g. FA1234567, N12345678). */
    private static final Pattern PASSPORT = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{1,2})\\d{6,9}(?![A-Za-z0-9])");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message != null) {
            String masked = mask(message);
            if (!masked.equals(message)) {
                if (record instanceof ExtLogRecord ext) {
                    ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                } else {
                    record.setMessage(masked);
                    record.setParameters(null);
                }
            }
        }
        return true;
    }

    public static String mask(String text) {
        String masked = JWT.matcher(text).replaceAll("***token***");
        masked = BEARER.matcher(masked).replaceAll("$1***");
        masked = TWELVE_DIGITS.matcher(masked).replaceAll("$1********$2");
        return PASSPORT.matcher(masked).replaceAll("$1*******");
    }
}
