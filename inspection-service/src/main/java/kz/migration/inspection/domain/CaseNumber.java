package kz.migration.inspection.domain;

/** Case numbers: IC-&lt;year received&gt;-&lt;at least 6 digits of a sequence&gt;, such as IC-2026-000017. */
public final class CaseNumber {

    public static final String PATTERN = "IC-[0-9]{4}-[0-9]{6,}";

    private CaseNumber() {
    }

    public static String of(int year, long sequence) {
        return String.format("IC-%04d-%06d", year, sequence);
    }
}
