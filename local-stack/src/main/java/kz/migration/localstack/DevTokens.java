package kz.migration.localstack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.security.Roles;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.Tokens;

/** Dev tokens signed with the stack's key (the key the services were started with). */
final class DevTokens {

    /** The demo employer: a valid BIN (check digit included). */
    static final String DEMO_BIN = "120640004563";
    /** The demo household employer, a private individual: a valid IIN (born 1985-04-12). */
    static final String DEMO_IIN = "850412410005";
    /** Almaty, the demo officer's and inspector's region. */
    static final String DEMO_REGION = "750000000";
    /** The demo advocate (an NGO): its token's subject is {@code advocate-<organisation>}, who filed a grievance. */
    static final String DEMO_ADVOCATE = "demo-ngo";
    /** The services accept tokens issued for at most an hour ({@code smallrye.jwt.time-to-live}). */
    static final Duration TTL = Duration.ofHours(1);

    private final Tokens tokens;

    DevTokens(DevKeys keys) {
        this.tokens = new Tokens(keys);
    }

    /**
     * A token for {@code role}; employers get {@code bin}, officers and inspectors {@code region} (defaults: the demo
     * ones), advocates the demo organisation.
     */
    String mint(String role, String bin, String region) {
        return mint(role, bin, region, null);
    }

    /**
     * As {@link #mint(String, String, String)}; an employer with {@code iin} is a private individual hiring for the
     * household (labour-immigrant permits), identified by IIN instead of BIN.
     */
    String mint(String role, String bin, String region, String iin) {
        if (!Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'; one of " + String.join(", ", Roles.ALL));
        }
        if (iin != null) {
            if (!Roles.EMPLOYER.equals(role) || bin != null) {
                throw new IllegalArgumentException(
                        "--iin is for an employer who is a private individual, without --bin");
            }
            if (!BusinessIdentifiers.isValid(iin)) {
                throw new IllegalArgumentException("Not a valid IIN (12 digits with check digit): " + iin);
            }
            return tokens.mintIndividualEmployer("employer-" + iin, iin, TTL);
        }
        if (Roles.EMPLOYER.equals(role)) {
            String employerBin = bin != null ? bin : DEMO_BIN;
            if (!BusinessIdentifiers.isValid(employerBin)) {
                throw new IllegalArgumentException("Not a valid BIN (12 digits with check digit): " + employerBin);
            }
            return tokens.mint("employer-" + employerBin, role, employerBin, null, TTL);
        }
        if (Roles.OFFICER.equals(role) || Roles.INSPECTOR.equals(role)) {
            if (bin != null) {
                throw new IllegalArgumentException("--bin is for employers only");
            }
            String scopedRegion = region != null ? region : DEMO_REGION;
            if (!KatoRegions.isRegion(scopedRegion)) {
                throw new IllegalArgumentException("Not a region KATO code: " + scopedRegion + "; one of "
                        + String.join(", ", KatoRegions.all().keySet()));
            }
            return tokens.mint(role + "-" + scopedRegion, role, null, scopedRegion, TTL);
        }
        if (bin != null || region != null) {
            throw new IllegalArgumentException("--bin is for employers and --region for officers and inspectors only");
        }
        if (Roles.ADVOCATE.equals(role)) {
            return tokens.mint("advocate-" + DEMO_ADVOCATE, role, null, null, TTL);
        }
        return tokens.mint("dev-" + role, role, null, null, TTL);
    }

    /** One token per role, in the order of DESIGN §1, with a line saying whose it is. */
    Map<String, String> perRole() {
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            String label = role;
            if (Roles.EMPLOYER.equals(role)) {
                label = role + " (BIN " + DEMO_BIN + ")";
            } else if (Roles.OFFICER.equals(role) || Roles.INSPECTOR.equals(role)) {
                label = role + " (region " + DEMO_REGION + " " + KatoRegions.all().get(DEMO_REGION) + ")";
            } else if (Roles.ADVOCATE.equals(role)) {
                label = role + " (" + DEMO_ADVOCATE + ")";
            }
            byLabel.put(label, mint(role, null, null));
            if (Roles.EMPLOYER.equals(role)) {
                byLabel.put(role + " (household, IIN " + DEMO_IIN + ")", mint(role, null, null, DEMO_IIN));
            }
        }
        return byLabel;
    }

    /** {@code REGISTRY_TOKEN_LABOUR_EXCHANGE} for role {@code labour-exchange}. */
    static String variable(String role) {
        return "REGISTRY_TOKEN_" + role.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
