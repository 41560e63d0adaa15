package kz.migration.acceptance;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import kz.migration.client.quota.api.QuotaBalancesApi;
import kz.migration.client.quota.api.QuotaDashboardApi;
import kz.migration.client.quota.api.QuotaDecisionsApi;
import kz.migration.client.quota.api.QuotaReportsApi;
import kz.migration.client.quota.model.CategoryPlan;
import kz.migration.client.quota.model.CategoryRevision;
import kz.migration.client.quota.model.PermitCategory;
import kz.migration.client.quota.model.QuotaPlanRequest;
import kz.migration.client.quota.model.QuotaPlanRevision;
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

    /**
     * Gives each region of {@code shares} its number of {@code category} units in {@code year}, whether or not the
     * year has a plan yet (the local stack's demo data plans the current year; a scenario that moved the clock may be
     * in a year without one): the year's first plan ({@code setQuotaPlan}), else a revision of the regions named
     * ({@code reviseQuotaPlan}, with the plan's ETag as If-Match) that keeps every other region's share and moves the
     * national figure by the difference. Returns the ministry's decision (201 or 200).
     */
    Reply allocate(String ministry, int year, String category, Map<String, Integer> shares, String reason) {
        Reply plan = plan(ministry, year);
        if (plan.status() == 404) {
            return setPlan(ministry, year, category, shares, reason);
        }
        if (plan.status() != 200) {
            return plan;
        }
        int national = 0;
        for (JsonNode planned : plan.json().path("categories")) {
            if (category.equals(planned.path("category").asText())) {
                national = planned.path("national").asInt();
                for (JsonNode region : planned.path("regions")) {
                    national -= shares.containsKey(region.path("region").asText())
                            ? region.path("allocated").asInt()
                            : 0;
                }
            }
        }
        national += shares.values().stream().mapToInt(Integer::intValue).sum();
        return revisePlan(ministry, year, plan.etag(), category, national, shares, reason);
    }

    /** The year's first plan for one category: the national figure is the sum of the regions' shares. */
    Reply setPlan(String ministry, int year, String category, Map<String, Integer> allocatedByRegion, String reason) {
        CategoryPlan plan = new CategoryPlan().category(PermitCategory.fromValue(category))
                .national(allocatedByRegion.values().stream().mapToInt(Integer::intValue).sum());
        allocatedByRegion.forEach((region, allocated) -> plan
                .addRegionsItem(new RegionShare().region(region).allocated(allocated)));
        QuotaPlanRequest request = new QuotaPlanRequest().year(year).reason(reason).addCategoriesItem(plan);
        return ClientReplies.call(() -> as(ministry).decisions().setQuotaPlanWithHttpInfo(
                keys.key("setQuotaPlan", ministry, request), request, null));
    }

    /** The year's plan with its ETag; 404 while the year has none. */
    Reply plan(String token, int year) {
        return ClientReplies.call(() -> as(token).decisions().getQuotaPlanWithHttpInfo(year));
    }

    /** Changes the shares of the regions listed, every other region keeping its own, at the plan version read. */
    Reply revisePlan(String ministry, int year, String etag, String category, int national,
            Map<String, Integer> allocatedByRegion, String reason) {
        CategoryRevision revision = new CategoryRevision().category(PermitCategory.fromValue(category))
                .national(national);
        allocatedByRegion.forEach((region, allocated) -> revision
                .addRegionsItem(new RegionShare().region(region).allocated(allocated)));
        QuotaPlanRevision request = new QuotaPlanRevision().reason(reason).addCategoriesItem(revision);
        return ClientReplies.call(() -> as(ministry).decisions().reviseQuotaPlanWithHttpInfo(year,
                keys.key("reviseQuotaPlan", ministry, request), etag, request));
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
