package kz.migration.contract.domain;

/** Contract numbers: LC-2026-000042, the registration year and a number of at least six digits. */
public final class ContractNumber {

    private ContractNumber() {
    }

    /** java.util.Formatter is slow on the registration path, hence the padding by hand. */
    public static String format(int year, long number) {
        String digits = Long.toString(number);
        return "LC-" + year + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
