package kz.migration.common.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import kz.migration.common.problem.ProblemException;

/**
 * Who is calling: subject, role and the claims that scope what they may see ({@code bin} of an employer that is a
 * company, {@code iin} of an employer who is a private individual hiring for the household, {@code region} of an
 * officer or an inspector). Owner checks go through {@link #mayAccess(String, String)} so that another
 * owner's record is indistinguishable from a missing one (404, never 403).
 */
@RequestScoped
public class Caller {

    public static final String BIN_CLAIM = "bin";
    public static final String IIN_CLAIM = "iin";
    public static final String REGION_CLAIM = "region";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    JsonWebToken jwt;

    private boolean deniedOtherOwner;

    // Each claim read from the token once per request: smallrye-jwt's getClaim(String) looks the name up as a
    // standard claim first and builds an IllegalArgumentException for every custom one, and the owner checks and the
    // audit ask for bin, iin and region several times per request.
    private final Map<String, Optional<String>> claims = new HashMap<>(4);

    public String subject() {
        return jwt.getName() != null ? jwt.getName() : ANONYMOUS;
    }

    public boolean is(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** The first of the caller's roles, for audit records. */
    public String role() {
        return Roles.ALL.stream().filter(this::is).findFirst().orElse("none");
    }

    public Optional<String> bin() {
        return claim(BIN_CLAIM);
    }

    /** The IIN of an employer who is a private individual (household employer); companies carry {@code bin}. */
    public Optional<String> iin() {
        return claim(IIN_CLAIM);
    }

    public Optional<String> region() {
        return claim(REGION_CLAIM);
    }

    private Optional<String> claim(String name) {
        return claims.computeIfAbsent(name, n -> Optional.ofNullable(jwt.<String>getClaim(n)));
    }

    /** The employer's BIN; an employer token without one is not usable. */
    public String employerBin() {
        return bin().orElseThrow(() -> new ProblemException(kz.migration.common.problem.ProblemType.FORBIDDEN,
                "The employer token carries no bin claim"));
    }

    /**
     * The employer's identifier: the BIN of a company or the IIN of a private individual. Records an employer owns
     * carry this; an employer token with neither claim is not usable.
     */
    public String employerId() {
        return bin().or(this::iin).orElseThrow(() -> new ProblemException(
                kz.migration.common.problem.ProblemType.FORBIDDEN, "The employer token carries no bin or iin claim"));
    }

    /** Whether the employer is a private individual (an {@code iin} claim and no {@code bin}). */
    public boolean isIndividualEmployer() {
        return is(Roles.EMPLOYER) && bin().isEmpty() && iin().isPresent();
    }

    /** The officer's region; an officer token without one is not usable. */
    public String officerRegion() {
        return region().orElseThrow(() -> new ProblemException(kz.migration.common.problem.ProblemType.FORBIDDEN,
                "The officer token carries no region claim"));
    }

    /** The inspector's region; an inspector token without one is not usable. */
    public String inspectorRegion() {
        return region().orElseThrow(() -> new ProblemException(kz.migration.common.problem.ProblemType.FORBIDDEN,
                "The inspector token carries no region claim"));
    }

    /**
     * Whether the caller may see a record owned by {@code ownerId} (BIN or IIN) in {@code region}: employers only
     * their own, officers and inspectors only their region, every other role that reached the endpoint everything.
     */
    public boolean mayAccess(String ownerId, String region) {
        if (is(Roles.EMPLOYER)) {
            return ownerId != null && (bin().map(ownerId::equals).orElse(false)
                    || (bin().isEmpty() && iin().map(ownerId::equals).orElse(false)));
        }
        if (is(Roles.OFFICER) || is(Roles.INSPECTOR)) {
            return region != null && region().map(region::equals).orElse(false);
        }
        return true;
    }

    /** Returns {@code record} if the caller may access it, else the same 404 a missing record gets. */
    public <T> T requireAccess(T record, String ownerId, String region, String what, Object id) {
        if (record == null || !mayAccess(ownerId, region)) {
            deniedOtherOwner = record != null;
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    /**
     * Returns {@code record} if {@code visible} (a rule of the caller's service, such as "the advocate who filed
     * it"), else the same 404 a missing record gets, remembered for the audit trail like {@link #requireAccess}.
     */
    public <T> T requireVisible(T record, boolean visible, String what, Object id) {
        if (record == null || !visible) {
            deniedOtherOwner = record != null;
            throw ProblemException.notFound(what, id);
        }
        return record;
    }

    /** Whether this request was answered 404 for a record that exists but belongs to another owner (audit only). */
    public boolean deniedOtherOwner() {
        return deniedOtherOwner;
    }
}
