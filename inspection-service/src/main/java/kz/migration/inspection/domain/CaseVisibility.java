package kz.migration.inspection.domain;

import kz.migration.common.rules.Rule;
import kz.migration.common.security.Roles;

/**
 * Who may read a grievance: the labour inspectors of the case's region, the advocate who filed it, and auditors. The
 * worker reads it with the case token alone; the employer never reads it, and learns only what its inspections show.
 * Neither the ministry, nor an officer, nor another region's inspector reads it.
 */
public final class CaseVisibility {

    private CaseVisibility() {
    }

    /** Whether a caller of {@code role}, with {@code region} and {@code subject} from its token, may read the case. */
    @Rule("inspection.retaliation.who-reads-a-grievance")
    public static boolean mayRead(InspectionCase c, String role, String region, String subject) {
        return switch (role) {
            case Roles.INSPECTOR -> region != null && region.equals(c.region);
            case Roles.ADVOCATE -> subject != null && subject.equals(c.filedBy);
            case Roles.AUDITOR -> true;
            default -> false;
        };
    }
}
