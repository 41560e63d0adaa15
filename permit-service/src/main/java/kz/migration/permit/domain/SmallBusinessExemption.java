package kz.migration.permit.domain;

import java.util.OptionalInt;

/**
 * Which small businesses are exempt from local content: every one ({@code any}), or only those with at most so many
 * employees. Dated: since 1 September 2025 only those with 20 or fewer (seed 004).
 */
public record SmallBusinessExemption(OptionalInt maxEmployees) {

    public static final String ANY = "any";

    /** {@code any}, or the largest number of employees an exempt small business may have. */
    public static SmallBusinessExemption parse(String value) {
        String trimmed = value.trim();
        if (ANY.equalsIgnoreCase(trimmed)) {
            return new SmallBusinessExemption(OptionalInt.empty());
        }
        int max = Integer.parseInt(trimmed);
        if (max < 0) {
            throw new IllegalArgumentException("a small-business cap cannot be negative: " + value);
        }
        return new SmallBusinessExemption(OptionalInt.of(max));
    }

    public boolean covers(int employees) {
        return maxEmployees.isEmpty() || employees <= maxEmployees.getAsInt();
    }

    @Override
    public String toString() {
        return maxEmployees.isEmpty()
                ? "every small business"
                : "small businesses of at most "
                        + maxEmployees.getAsInt() + " employees";
    }
}
