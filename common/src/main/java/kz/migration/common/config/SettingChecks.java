package kz.migration.common.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The bounds of a service's settings, checked in plain Java once at start-up: a wrong value stops the service with
 * every problem named, as Bean Validation on the {@code @ConfigMapping} did, without the second validator factory
 * Quarkus builds for constrained mappings (a quarter of a service's start-up on the main thread).
 */
public final class SettingChecks {

    private final List<String> problems = new ArrayList<>();

    public SettingChecks between(String property, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(property + " must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    public SettingChecks between(String property, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.add(property + " must be between " + min.toPlainString() + " and " + max.toPlainString()
                    + ", was " + value.toPlainString());
        }
        return this;
    }

    public SettingChecks positive(String property, BigDecimal value) {
        if (value.signum() <= 0) {
            problems.add(property + " must be positive, was " + value.toPlainString());
        }
        return this;
    }

    public SettingChecks matches(String property, String value, Pattern format, String expected) {
        if (!format.matcher(value).matches()) {
            problems.add(property + " must be " + expected + ", was '" + value + "'");
        }
        return this;
    }

    /** For secrets: the message names the length, never the value. */
    public SettingChecks atLeastCharacters(String property, String value, int min) {
        if (value.length() < min) {
            problems.add(property + " must have at least " + min + " characters, has " + value.length());
        }
        return this;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Stops the start-up when any value is out of bounds. */
    public void orStop() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Invalid settings: " + String.join("; ", problems));
        }
    }
}
