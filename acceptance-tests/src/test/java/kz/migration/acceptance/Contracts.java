package kz.migration.acceptance;

import java.time.LocalDate;

/** contract-registry-service as the scenarios use it: every call to it goes through here. */
final class Contracts {

    /** What the employer registers; the employer itself is the token's BIN. */
    record Draft(String workerName, String passportNumber, String citizenship, String permitNumber,
            String occupationCode, String region, LocalDate startDate, LocalDate endDate, String salary,
            LocalDate signedOn) {
    }

    private final String api;
    private final Http http;

    Contracts(String baseUrl, Http http) {
        this.api = baseUrl + "/api/v1";
        this.http = http;
    }

    Reply register(String employer, Draft draft) {
        return http.post(api + "/contracts", employer, """
                {"worker": {"fullName": "%s", "passportNumber": "%s", "citizenship": "%s"},
                 "permitNumber": "%s", "position": "Senior Java developer", "occupationCode": "%s", "region": "%s",
                 "startDate": "%s", "endDate": %s, "salary": "%s", "currency": "KZT", "weeklyHours": 40,
                 "signedOn": "%s"}""".formatted(draft.workerName(), draft.passportNumber(), draft.citizenship(),
                draft.permitNumber(), draft.occupationCode(), draft.region(), draft.startDate(),
                draft.endDate() == null ? "null" : "\"" + draft.endDate() + "\"", draft.salary(),
                draft.signedOn()));
    }

    Reply get(String token, String contractId) {
        return http.get(api + "/contracts/" + contractId, token);
    }

    Reply terminate(String employer, String contractId, String etag, LocalDate terminatedOn, String reason) {
        return http.post(api + "/contracts/" + contractId + "/termination", employer, """
                {"terminatedOn": "%s", "reason": "%s"}""".formatted(terminatedOn, reason), etag);
    }

    Reply byPermit(String token, String permitNumber) {
        return http.get(api + "/contracts?permitNumber=" + permitNumber + "&limit=200", token);
    }

    Reply verifyRegistry(String token) {
        return http.get(api + "/registry/verify", token);
    }

    Reply proof(String token, long sequence) {
        return http.get(api + "/registry/entries/" + sequence + "/proof", token);
    }

    Reply publicLookup(String contractNumber, String passportNumber) {
        return http.post(api + "/public/contracts/lookup", null,
                "{\"contractNumber\": \"" + contractNumber + "\", \"passportNumber\": \"" + passportNumber + "\"}");
    }
}
