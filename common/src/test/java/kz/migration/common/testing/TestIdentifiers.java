package kz.migration.common.testing;

import java.util.concurrent.ThreadLocalRandom;

import kz.migration.common.identifier.BusinessIdentifiers;

/** Random valid identifiers for the shared suites. */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    /** A random valid BIN (12 digits with a correct check digit). */
    public static String randomBin() {
        while (true) {
            try {
                return BusinessIdentifiers.withCheckDigit(
                        String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L)));
            } catch (IllegalArgumentException noCheckDigit) {
                // about 1 in 11 prefixes has none; draw again
            }
        }
    }
}
