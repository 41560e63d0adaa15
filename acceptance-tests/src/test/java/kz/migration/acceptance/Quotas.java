package kz.migration.acceptance;

import java.util.Map;
import java.util.stream.Collectors;

/** quota-service as the scenarios use it: every call to it goes through here. */
final class Quotas {

    private final String api;
    private final Http http;

    Quotas(String baseUrl, Http http) {
        this.api = baseUrl + "/api/v1";
        this.http = http;
    }

    /** The year's plan for one category: the national figure is the sum of the regions' shares. */
    Reply setPlan(String ministry, int year, String category, Map<String, Integer> allocatedByRegion, String reason) {
        int national = allocatedByRegion.values().stream().mapToInt(Integer::intValue).sum();
        String regions = allocatedByRegion.entrySet().stream()
                .map(e -> "{\"region\": \"" + e.getKey() + "\", \"allocated\": " + e.getValue() + "}")
                .collect(Collectors.joining(", "));
        return http.post(api + "/quota-plans", ministry, """
                {"year": %d, "reason": "%s",
                 "categories": [{"category": "%s", "national": %d, "regions": [%s]}]}"""
                .formatted(year, reason, category, national, regions));
    }

    Reply reallocate(String ministry, int year, String category, String fromRegion, String toRegion, int units,
            String reason) {
        return http.post(api + "/quota-reallocations", ministry, """
                {"year": %d, "category": "%s", "fromRegion": "%s", "toRegion": "%s", "units": %d, "reason": "%s"}"""
                .formatted(year, category, fromRegion, toRegion, units, reason));
    }

    Reply balance(String token, int year, String region, String category) {
        return http.get(api + "/quotas/" + year + "/" + region + "/" + category, token);
    }

    Reply verifyLedger(String token, int year) {
        return http.get(api + "/quota-ledger/verification?year=" + year, token);
    }

    Reply change(String token, String changeId) {
        return http.get(api + "/quota-changes/" + changeId, token);
    }
}
