package kz.migration.inspection.api;

/** The shapes of the numbers the inspection API takes, as the other services issue them. */
public final class Patterns {

    public static final String CONTRACT_NUMBER = "LC-[0-9]{4}-[0-9]{6,}";
    public static final String PERMIT_NUMBER = "(WP|LI)-[0-9]{4}-[0-9]{6}";
    public static final String PASSPORT = "[A-Z0-9]{5,20}";
    public static final String CASE_NUMBER = "IC-[0-9]{4}-[0-9]{6,}";
    public static final String CASE_TOKEN = "[A-Za-z0-9_-]{43}";
    public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    public static final String LANGUAGE = "[a-z]{2}";

    private Patterns() {
    }
}
