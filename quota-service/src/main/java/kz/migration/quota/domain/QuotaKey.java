package kz.migration.quota.domain;

import kz.migration.common.domain.PermitCategory;

/** One quota balance: a year, a region (KATO code) and a category that counts against the quota. */
public record QuotaKey(int year, String region, PermitCategory category) implements Comparable<QuotaKey> {

    public QuotaKey {
        if (!category.countsAgainstQuota()) {
            throw new IllegalArgumentException(category + " is outside the quota");
        }
    }

    /** The Kafka key of this balance's allocation and threshold events. */
    public String aggregateId() {
        return year + "/" + region + "/" + category;
    }

    /** Rows are always locked in this order, so two ministry changes touching the same rows cannot deadlock. */
    @Override
    public int compareTo(QuotaKey other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byRegion = region.compareTo(other.region);
        return byRegion != 0 ? byRegion : category.compareTo(other.category);
    }
}
