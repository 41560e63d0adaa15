package kz.migration.quota.domain;

/** A balance as PostgreSQL returned it from the statement that changed it (or read it). */
public record Balance(QuotaKey key, int allocated, int reserved, int used, int alertLevel, int allocationVersion) {

    public int free() {
        return allocated - reserved - used;
    }

    /** Committed units: what an allocation may never go below. */
    public int committed() {
        return reserved + used;
    }

    /** Used plus reserved as a whole percentage of allocated, rounded down; 0 for an empty allocation. */
    public int utilisationPercent() {
        return allocated == 0 ? 0 : (int) ((long) committed() * 100 / allocated);
    }
}
