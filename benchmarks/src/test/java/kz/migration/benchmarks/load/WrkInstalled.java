package kz.migration.benchmarks.load;

import org.junit.jupiter.api.Assumptions;

/** The script tests run wrk: under CI (which .ci/run provides with it) they fail without it, elsewhere they skip. */
final class WrkInstalled {

    private WrkInstalled() {
    }

    static void orSkip() {
        try {
            WrkPass.requireWrk();
        } catch (IllegalStateException missing) {
            if (System.getenv("CI") != null) {
                throw new AssertionError(missing.getMessage() + " CI is set: the load scripts must be tested there.",
                        missing);
            }
            Assumptions.abort(missing.getMessage() + " Skipping the script tests here.");
        }
    }
}
