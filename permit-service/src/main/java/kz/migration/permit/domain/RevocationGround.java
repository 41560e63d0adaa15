package kz.migration.permit.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.rules.Rule;

/**
 * Why an officer revoked a permit, and whether the ground is one of the violations after which the employer gets no
 * new permits for twelve months (DESIGN.md §3; the Rules on egov.kz: hiring a foreign worker without a permit, or in a
 * trade or specialty that does not match the permit; forged documents count as well). Any other ground, such as the
 * employer being liquidated, bans nobody. The names are stored in the database: add, never rename.
 */
@Rule("permit.ban.violations-only")
public enum RevocationGround {

    FORGED_DOCUMENTS(true, "documents of the application were forged"), LABOUR_LAW_VIOLATION(false,
            "a breach of labour law that is none of the banning violations"), WORKER_NOT_EMPLOYED(false,
                    "the worker was not employed on the permit"), EMPLOYER_LIQUIDATED(false,
                            "the employer was liquidated"), FOREIGN_WORKER_WITHOUT_PERMIT(true,
                                    "the employer took on a foreign worker without a permit"), WORK_NOT_MATCHING_PERMIT(
                                            true,
                                            "a foreign worker was employed in a trade or specialty that does not match the permit");

    private final boolean bansEmployer;
    private final String description;

    RevocationGround(boolean bansEmployer, String description) {
        this.bansEmployer = bansEmployer;
        this.description = description;
    }

    /** Whether a revocation on this ground bans the employer from new permits. */
    public boolean bansEmployer() {
        return bansEmployer;
    }

    public String description() {
        return description;
    }

    /** The grounds that ban. */
    public static Set<RevocationGround> banning() {
        Set<RevocationGround> banning = EnumSet.noneOf(RevocationGround.class);
        Arrays.stream(values()).filter(RevocationGround::bansEmployer).forEach(banning::add);
        return banning;
    }
}
