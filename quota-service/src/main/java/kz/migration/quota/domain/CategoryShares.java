package kz.migration.quota.domain;

import java.util.List;

import kz.migration.common.domain.PermitCategory;

/**
 * One category of a plan or revision as the ministry sent it: its national figure ({@code null} in a revision that
 * keeps it) and the regions' shares, in the order sent, so that every finding can name the field it is about.
 */
public record CategoryShares(PermitCategory category, Integer national, List<Share> regions) {

    public CategoryShares {
        regions = List.copyOf(regions);
    }

    /** Units of the category allocated to one region (a KATO code). */
    public record Share(String region, int allocated) {
    }
}
