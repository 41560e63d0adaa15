package kz.migration.testsupport;

import java.time.Duration;
import java.util.UUID;

/** Bearer tokens for tests, signed with the key the services under test trust. */
public final class TestTokens {

    private TestTokens() {
    }

    private static Tokens tokens() {
        return new Tokens(TestInfrastructure.get().keys());
    }

    public static String employer(String bin) {
        return tokens().mint("employer-" + bin, "employer", bin, null, Duration.ofHours(1));
    }

    /** A private individual hiring for the household, identified by IIN (no BIN). */
    public static String individualEmployer(String iin) {
        return tokens().mintIndividualEmployer("employer-" + iin, iin, Duration.ofHours(1));
    }

    public static String officer(String region) {
        return tokens().mint("officer-" + region, "officer", null, region, Duration.ofHours(1));
    }

    /** A labour inspector of {@code region} (a KATO code). */
    public static String inspector(String region) {
        return tokens().mint("inspector-" + region, "inspector", null, region, Duration.ofHours(1));
    }

    /** An advocate (NGO or trade union); its subject {@code advocate-<organisation>} names who filed a grievance. */
    public static String advocate(String organisation) {
        return tokens().mint("advocate-" + organisation, "advocate", null, null, Duration.ofHours(1));
    }

    public static String role(String role) {
        return tokens().mint(role + "-" + UUID.randomUUID(), role, null, null, Duration.ofHours(1));
    }

    /** "Bearer ..." header value. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
