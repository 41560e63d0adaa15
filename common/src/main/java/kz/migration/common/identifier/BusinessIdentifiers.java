package kz.migration.common.identifier;

import kz.migration.common.rules.Rule;

/**
 * Kazakh individual (IIN) and business (BIN) identification numbers: 12 digits, the last a check digit. The check
 * digit is the weighted sum of the first 11 digits mod 11 with weights 1..11; when that is 10 a second pass uses
 * weights 3..11,1,2, and a second 10 means the number cannot be valid.
 */
@Rule("identifier.iin-bin-check-digit")
public final class BusinessIdentifiers {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private BusinessIdentifiers() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        int check = checkDigit(number.substring(0, 11));
        return check >= 0 && check == number.charAt(11) - '0';
    }

    /** The check digit for 11 leading digits, or -1 when no check digit makes a valid number. */
    public static int checkDigit(String elevenDigits) {
        int check = weightedSum(elevenDigits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(elevenDigits, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? -1 : check;
    }

    /** Completes 11 digits with their check digit; for demo data and tests. */
    public static String withCheckDigit(String elevenDigits) {
        int check = checkDigit(elevenDigits);
        if (check < 0) {
            throw new IllegalArgumentException(elevenDigits + " has no valid check digit");
        }
        return elevenDigits + check;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
