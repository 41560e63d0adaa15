package kz.migration.acceptance;

import java.util.concurrent.ThreadLocalRandom;

import kz.migration.common.identifier.BusinessIdentifiers;

/** Fresh identifiers for each scenario, so scenarios never share data. */
final class Identifiers {

    private Identifiers() {
    }

    /** A company BIN with a valid check digit. */
    static String bin() {
        return withCheckDigit("");
    }

    /** An IIN of someone born on 1 January 1990 (the century digit 3: a man born in the 1900s). */
    static String iin() {
        return withCheckDigit("900101");
    }

    static String passport() {
        return "N" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** Some 11-digit prefixes have no check digit: draw again. */
    private static String withCheckDigit(String prefix) {
        while (true) {
            StringBuilder digits = new StringBuilder(prefix);
            if (prefix.length() == 6) {
                digits.append('3');
            }
            while (digits.length() < 11) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            try {
                return BusinessIdentifiers.withCheckDigit(digits.toString());
            } catch (IllegalArgumentException noCheckDigit) {
                // draw again
            }
        }
    }
}
