package kz.migration.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import kz.migration.common.problem.ProblemException;

/**
 * Who is calling: subject, role and the claims that scope what they may see ({@code bin} of an employer,
 * {@code region} of an officer). Owner checks go through {@link #mayAccess(String, String)} so that another
 * owner's record is indistinguishable from a missing one (404, never 403).
 */
@RequestScoped
public class Caller {

    public static final String BIN_CLAIM = "bin";
    public static final String REGION_CLAIM = "region";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    JsonWebToken jwt;

    private boolean deniedOtherOwner;

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
        return Optional.ofNullable(jwt.<String>getClaim(BIN_CLAIM));
    }

    public Optional<String> region() {
        return Optional.ofNullable(jwt.<String>getClaim(REGION_CLAIM));
    }

    /** The employer's BIN; an employer token without one is not usable. */
    public String employerBin() {
        return bin().orElseThrow(() -> new ProblemException(kz.migration.common.problem.ProblemType.FORBIDDEN,
                "The employer token carries no bin claim"));
    }

    /** The officer's region; an officer token without one is not usable. */
    public String officerRegion() {
        return region().orElseThrow(() -> new ProblemException(kz.migration.common.problem.ProblemType.FORBIDDEN,
                "The officer token carries no region claim"));
    }

    /**
     * Whether the caller may see a record owned by {@code ownerBin} in {@code region}: employers only their own,
     * officers only their region, every other role that reached the endpoint everything.
     */
    public boolean mayAccess(String ownerBin, String region) {
        if (is(Roles.EMPLOYER)) {
            return ownerBin != null && bin().map(ownerBin::equals).orElse(false);
        }
        if (is(Roles.OFFICER)) {
            return region != null && region().map(region::equals).orElse(false);
        }
        return true;
    }

    /** Returns {@code record} if the caller may access it, else the same 404 a missing record gets. */
    public <T> T requireAccess(T record, String ownerBin, String region, String what, Object id) {
        if (record == null || !mayAccess(ownerBin, region)) {
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
