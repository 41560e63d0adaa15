package kz.migration.quota.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.QuotaPlan;

@Schema(description = "A year's quota plan: each category's national figure (the sum of its regions' shares) and each region's share with what is reserved and used of it. The plan's ETag is \"<year>.<version>\"", example = """
        {"year": 2026, "version": 3, "categories": [{"category": "CATEGORY_3", "national": 1500, "regions": [
          {"region": "710000000", "regionName": "Astana", "allocated": 500, "reserved": 4, "used": 120, "free": 376},
          {"region": "750000000", "regionName": "Almaty", "allocated": 1000, "reserved": 12, "used": 301, "free": 687}]}]}""")
public record QuotaPlanView(int year, int version, List<CategoryPlanView> categories) {

    @Schema(name = "QuotaPlanCategory", description = "One category of the plan")
    public record CategoryPlanView(PermitCategory category, int national, List<RegionPlanView> regions) {
    }

    @Schema(name = "QuotaPlanRegion", description = "One region's share of a category")
    public record RegionPlanView(String region, String regionName, int allocated, int reserved, int used,
            int free) {
    }

    public static QuotaPlanView of(QuotaPlan plan) {
        return new QuotaPlanView(plan.year(), plan.version(), plan.categories().stream()
                .map(category -> new CategoryPlanView(category, plan.national(category),
                        plan.balances(category).stream().map(QuotaPlanView::region).toList()))
                .toList());
    }

    private static RegionPlanView region(Balance balance) {
        return new RegionPlanView(balance.key().region(), KatoRegions.all().get(balance.key().region()),
                balance.allocated(), balance.reserved(), balance.used(), balance.free());
    }
}
