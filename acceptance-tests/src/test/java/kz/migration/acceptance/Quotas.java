package kz.migration.acceptance;

import java.util.Map;
import java.util.UUID;

import kz.migration.client.quota.api.QuotaBalancesApi;
import kz.migration.client.quota.api.QuotaDashboardApi;
import kz.migration.client.quota.api.QuotaDecisionsApi;
import kz.migration.client.quota.api.QuotaReportsApi;
import kz.migration.client.quota.model.CategoryPlan;
import kz.migration.client.quota.model.PermitCategory;
import kz.migration.client.quota.model.QuotaPlanRequest;
import kz.migration.client.quota.model.ReallocationRequest;
import kz.migration.client.quota.model.RegionShare;

/** quota-service as the scenarios use it, through the generated client: every call to it goes through here. */
final class Quotas {

    /** The operations' classes for one caller (each builds its own HTTP client, so they are kept per token). */
    private record Caller(QuotaBalancesApi balances, QuotaDecisionsApi decisions, QuotaReportsApi reports,
            QuotaDashboardApi dashboard) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Quotas(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.quota(baseUrl, client -> new Caller(new QuotaBalancesApi(client),
                new QuotaDecisionsApi(client), new QuotaReportsApi(client), new QuotaDashboardApi(client)));
        this.keys = keys;
    }

    private Caller as(String token) {
        return callers.as(token);
    }

    /** The year's plan for one category: the national figure is the sum of the regions' shares. */
    Reply setPlan(String ministry, int year, String category, Map<String, Integer> allocatedByRegion, String reason) {
        CategoryPlan plan = new CategoryPlan().category(PermitCategory.fromValue(category))
                .national(allocatedByRegion.values().stream().mapToInt(Integer::intValue).sum());
        allocatedByRegion.forEach((region, allocated) -> plan
                .addRegionsItem(new RegionShare().region(region).allocated(allocated)));
        QuotaPlanRequest request = new QuotaPlanRequest().year(year).reason(reason).addCategoriesItem(plan);
        return ClientReplies.call(() -> as(ministry).decisions().setQuotaPlanWithHttpInfo(request,
                keys.key("setQuotaPlan", ministry, request)));
    }

    Reply reallocate(String ministry, int year, String category, String fromRegion, String toRegion, int units,
            String reason) {
        ReallocationRequest request = new ReallocationRequest().year(year)
                .category(PermitCategory.fromValue(category)).fromRegion(fromRegion).toRegion(toRegion).units(units)
                .reason(reason);
        return ClientReplies.call(() -> as(ministry).decisions().reallocateQuotaWithHttpInfo(request,
                keys.key("reallocateQuota", ministry, request)));
    }

    Reply balance(String token, int year, String region, String category) {
        return ClientReplies.call(() -> as(token).balances().getQuotaBalanceWithHttpInfo(category, region, year));
    }

    /** The public quota dashboard's figures for {@code year}, as anyone reads them (no token). */
    Reply dashboard(int year) {
        return ClientReplies
                .call(() -> callers.withoutToken().dashboard().getQuotaDashboardDataWithHttpInfo(year, null));
    }

    Reply verifyLedger(String token, int year) {
        return ClientReplies.call(() -> as(token).reports().verifyQuotaLedgerWithHttpInfo(year));
    }

    Reply change(String token, String changeId) {
        return ClientReplies.call(() -> as(token).decisions().getQuotaChangeWithHttpInfo(UUID.fromString(changeId)));
    }
}
