package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.Optional;

import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Rule;

/**
 * Who decides a labour-immigrant permit is a dated rule, judged on the date of the request (or of the extension):
 * until 12 April 2026 the migration police took the request and issued the permit; from 13 April 2026 the worker
 * applies online through eGov, the local executive body of the region files and decides the application, and the
 * internal affairs bodies agree first.
 */
@Rule("permit.labour-immigrant.issuing-authority")
public final class IssuingAuthorities {

    /** Who acts: the migration police, or an officer of the local executive body of {@code region}. */
    public record Filer(IssuingAuthority body, String region) {

        public static Filer migrationPolice() {
            return new Filer(IssuingAuthority.MIGRATION_POLICE, null);
        }

        public static Filer localExecutiveBody(String region) {
            return new Filer(IssuingAuthority.LOCAL_EXECUTIVE_BODY, region);
        }
    }

    private final Dated<IssuingAuthority> authority;

    public IssuingAuthorities(Dated<IssuingAuthority> authority) {
        this.authority = authority;
    }

    /** The body that decides requests made on {@code date}. */
    public IssuingAuthority on(LocalDate date) {
        return authority.at(date);
    }

    /**
     * Why {@code filer} may not file or extend a permit of {@code region} on {@code date}: another body decides on
     * that date, or the officer belongs to another region's executive body.
     */
    public Optional<LabourImmigrantFinding> refusalOf(Filer filer, String region, LocalDate date) {
        IssuingAuthority inForce = on(date);
        LocalDate since = authority.inForceSince(date);
        if (filer.body() != inForce) {
            return Optional.of(LabourImmigrantFinding.of(LabourImmigrantFinding.Ground.NOT_ISSUING_AUTHORITY,
                    inForce == IssuingAuthority.LOCAL_EXECUTIVE_BODY
                            ? "Since " + since + " labour-immigrant permits are applied for online through eGov and "
                                    + "decided by the local executive body of the region, after the internal affairs "
                                    + "bodies agree; the migration police no longer file or extend them"
                            : "On " + date + " labour-immigrant permits were issued by the migration police, not by "
                                    + "the local executive body")
                    .with("issuingAuthority", inForce.name()).with("inForceSince", since.toString()));
        }
        if (inForce == IssuingAuthority.LOCAL_EXECUTIVE_BODY && !region.equals(filer.region())) {
            return Optional.of(LabourImmigrantFinding.of(LabourImmigrantFinding.Ground.NOT_ISSUING_AUTHORITY,
                    "The local executive body of region " + region + " decides this permit, not that of "
                            + filer.region())
                    .with("issuingAuthority", inForce.name()).with("inForceSince", since.toString()));
        }
        return Optional.empty();
    }
}
