package kz.migration.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The reference rows the services read beside their built-in data ({@code REGISTRY_REFERENCE_DIR}). The built-in
 * data ends (MCI and minimum wage with 2026, holidays with 2027) and the registry refuses a year it lacks, so a demo
 * on the built-in data alone stops working on 1 January 2027, or as soon as its clock is moved past the last year.
 * The local stack is a demo: unless the launcher's environment names an operator's directory, it gives the services
 * {@code test-support/reference-for-tests}, rows that repeat the last real year and are no law, and says so on every
 * start. Production never reads them.
 */
record ReferenceRows(Path directory, boolean testOnly) {

    static final String ENVIRONMENT = "REGISTRY_REFERENCE_DIR";

    /** The operator's directory when {@code environment} names one, else the test rows when the checkout has them. */
    static Optional<ReferenceRows> choose(StackLayout layout, Map<String, String> environment) {
        String named = environment.get(ENVIRONMENT);
        if (named != null && !named.isBlank()) {
            return Optional.of(new ReferenceRows(Path.of(named), false));
        }
        Path testRows = layout.root().resolve("test-support").resolve("reference-for-tests");
        return Files.isDirectory(testRows) ? Optional.of(new ReferenceRows(testRows, true)) : Optional.empty();
    }

    /** What the services are given, for their environment: the test rows only (an operator's is inherited). */
    Optional<String> forServices() {
        return testOnly ? Optional.of(directory.toString()) : Optional.empty();
    }

    /** The line the launcher prints on every start. */
    String notice() {
        if (!testOnly) {
            return "  reference data  built in, plus the operator's rows in " + directory + " (" + ENVIRONMENT + ")";
        }
        return "!! reference data  TEST ROWS, NOT LAW: " + directory + " repeats 2026's MCI and minimum wage for"
                + " 2027-2032 and 2027's fixed holidays for 2028-2032, so the demo runs past the end of the real data;"
                + " never use them for a real case (set " + ENVIRONMENT + " to an operator's directory instead)";
    }
}
