package kz.migration.common.domain;

import java.util.Optional;

/**
 * A worker's sex as an application may state it, for statistics only. Not stating it is allowed: statistics count
 * such workers as "not stated", never guess.
 */
public enum Sex {

    FEMALE, MALE;

    /** The sex an event or request carries ({@code FEMALE} or {@code MALE}, any case); empty when absent or unknown. */
    public static Optional<Sex> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Sex sex : values()) {
            if (sex.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }
}
