package kz.migration.quota.domain;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.rules.Rule;

/**
 * A balance as PostgreSQL returned it from the statement that changed it (or read it). The invariants are the
 * database's (conditional updates and CHECK constraints); this record refuses to hold a balance that breaks them, so a
 * corrupted row is an error, never a figure shown to anyone.
 */
@Rule("quota.never-over-issue")
public record Balance(QuotaKey key, int allocated, int reserved, int used, int alertLevel, int allocationVersion) {

    public Balance {
        if (allocated < 0 || reserved < 0 || used < 0 || reserved + used > allocated) {
            throw new IllegalStateException("Balance " + key.aggregateId() + " is over-issued or negative: allocated "
                    + allocated + ", reserved " + reserved + ", used " + used);
        }
    }

    public int free() {
        return allocated - reserved - used;
    }

    /** Committed units: what an allocation may never go below. */
    public int committed() {
        return reserved + used;
    }

    /** Whether {@code units} free units are there to reserve or move away. */
    public boolean hasFree(int units) {
        return units <= free();
    }

    /** Whether the balance may be allocated {@code units}: never below what is reserved and used. */
    @Rule("quota.allocation-not-below-committed")
    public boolean admits(int units) {
        return units >= committed();
    }

    /** Used plus reserved as a whole percentage of allocated, rounded down; 0 for an empty allocation. */
    public int utilisationPercent() {
        return allocated == 0 ? 0 : (int) ((long) committed() * 100 / allocated);
    }

    /** The ETag of the allocation: its version, advanced by ministry decisions only, never by reservations. */
    public String etag() {
        return Integer.toString(allocationVersion);
    }

    /**
     * An adjustment of this balance names the version read ({@code If-Match}): 428 without it, 412 when another
     * decision changed the allocation since (a tag that is no version of it matches nothing).
     */
    @Rule("quota.decisions.if-match")
    public void checkIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the balance you read");
        }
        if (!EntityTags.matches(ifMatch, etag())) {
            throw new ProblemException(ProblemType.STALE_VERSION, "The allocation of " + key.aggregateId()
                    + " is at version \"" + etag() + "\", not " + ifMatch.strip() + ": another decision changed it;"
                    + " read it again");
        }
    }
}
