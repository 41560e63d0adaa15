package kz.migration.acceptance;

import java.util.Map;
import java.util.UUID;

import kz.migration.client.quota.api.QuotaBalancesApi;
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
    private record Caller(QuotaBalancesApi balances, QuotaDecisionsApi decisions, QuotaReportsApi reports) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Quotas(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.quota(baseUrl, client -> new Caller(new QuotaBalancesApi(client),
                new QuotaDecisionsApi(client), new QuotaReportsApi(client)));
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
        // Once the year has a plan (the demo plan, an earlier scenario's), a new one names the version it replaces.
        Reply current = ClientReplies.call(() -> as(ministry).decisions().getQuotaPlanWithHttpInfo(year));
        String ifMatch = current.status() == 200 ? current.etag() : null;
        return ClientReplies.call(() -> as(ministry).decisions().setQuotaPlanWithHttpInfo(
                keys.key("setQuotaPlan", ministry, request), request, ifMatch));
    }

    Reply reallocate(String ministry, int year, String category, String fromRegion, String toRegion, int units,
            String reason) {
        ReallocationRequest request = new ReallocationRequest().year(year)
                .category(PermitCategory.fromValue(category)).fromRegion(fromRegion).toRegion(toRegion).units(units)
                .reason(reason);
        return ClientReplies.call(() -> as(ministry).decisions().reallocateQuotaWithHttpInfo(
                keys.key("reallocateQuota", ministry, request), request));
    }

    Reply balance(String token, int year, String region, String category) {
        return ClientReplies.call(() -> as(token).balances().getQuotaBalanceWithHttpInfo(category, region, year));
    }

    Reply verifyLedger(String token, int year) {
        return ClientReplies.call(() -> as(token).reports().verifyQuotaLedgerWithHttpInfo(year));
    }

    Reply change(String token, String changeId) {
        return ClientReplies.call(() -> as(token).decisions().getQuotaChangeWithHttpInfo(UUID.fromString(changeId)));
    }
}
