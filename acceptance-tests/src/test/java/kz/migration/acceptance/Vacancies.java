package kz.migration.acceptance;

/** vacancy-service as the scenarios use it: every call to it goes through here. */
final class Vacancies {

    private final String api;
    private final Http http;

    Vacancies(String baseUrl, Http http) {
        this.api = baseUrl + "/api/v1";
        this.http = http;
    }

    Reply post(String employer, String occupationCode, String region, int positions, String salary) {
        return http.post(api + "/vacancies", employer, """
                {"title": "Senior Java developer", "occupationCode": "%s", "region": "%s", "positions": %d,
                 "salary": {"amount": "%s", "currency": "KZT"},
                 "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
                 "workSchedule": "FULL_TIME"}""".formatted(occupationCode, region, positions, salary));
    }

    Reply get(String token, String vacancyId) {
        return http.get(api + "/vacancies/" + vacancyId, token);
    }

    Reply refer(String exchange, String vacancyId, String candidateIin) {
        return http.post(api + "/vacancies/" + vacancyId + "/referrals", exchange,
                "{\"candidateIin\": \"" + candidateIin + "\"}");
    }

    Reply recordRejection(String employer, String vacancyId, String referralId, String reason) {
        return http.post(api + "/vacancies/" + vacancyId + "/referrals/" + referralId + "/outcome", employer,
                "{\"outcome\": \"REJECTED\", \"rejectionReason\": \"" + reason + "\"}");
    }
}
