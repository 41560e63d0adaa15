package kz.migration.acceptance;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/** permit-service as the scenarios use it: every call to it goes through here. */
final class Permits {

    /** An employer's application for one worker; the employer itself is the token's BIN. */
    record Application(String vacancyId, String region, String category, String occupationCode, String workerName,
            String citizenship, String passportNumber, LocalDate passportExpiry, String salary) {
    }

    /** The migration police's request for a labour-immigrant permit, with the prepaid tax. */
    record LabourImmigrant(String fullName, String citizenship, String passportNumber, LocalDate passportExpiry,
            String iin, String region, String occupationCode, int months, String taxReference, String taxAmount) {
    }

    private final String api;
    private final Http http;

    Permits(String baseUrl, Http http) {
        this.api = baseUrl + "/api/v1";
        this.http = http;
    }

    Reply submit(String employer, Application a) {
        return http.post(api + "/permit-applications", employer,
                """
                        {"vacancyId": "%s", "region": "%s", "category": "%s", "occupationCode": "%s", "termDays": 365,
                         "worker": {"fullName": "%s", "citizenship": "%s", "passportNumber": "%s",
                                    "passportExpiry": "%s", "educationDocumentId": "DIP-2019-42", "educationCountry": "%s",
                                    "legalisationReference": "APO-2024-1183"},
                         "salary": {"amount": "%s", "currency": "KZT"},
                         "headcount": {"category1": {"citizens": 2, "foreigners": 0}, "category2": {"citizens": 50, "foreigners": 1},
                                       "category3": {"citizens": 60, "foreigners": 2}, "category4": {"citizens": 60, "foreigners": 1},
                                       "intraCorporateTransfer": {"citizens": 0, "foreigners": 0}},
                         "totalEmployees": 180, "smallBusiness": false}"""
                        .formatted(a.vacancyId(), a.region(),
                                a.category(), a.occupationCode(), a.workerName(), a.citizenship(), a.passportNumber(),
                                a.passportExpiry(), a.citizenship(), a.salary()));
    }

    Reply application(String token, String applicationId) {
        return http.get(api + "/permit-applications/" + applicationId, token);
    }

    Reply history(String token, String applicationId) {
        return http.get(api + "/permit-applications/" + applicationId + "/history", token);
    }

    /** The pending MFA check of one application, or null while permit-service has not requested it. */
    JsonNode pendingDocumentCheck(String mfa, String applicationId) {
        Reply page = http.get(api + "/document-verifications?status=PENDING&limit=200", mfa);
        if (page.status() != 200) {
            throw new IllegalStateException("listing document checks: " + page);
        }
        for (JsonNode item : page.json().get("items")) {
            if (applicationId.equals(item.get("applicationId").asText())) {
                return item;
            }
        }
        return null;
    }

    Reply answerDocumentCheck(String mfa, String verificationId, String answer) {
        return http.post(api + "/document-verifications/" + verificationId + "/answer", mfa,
                "{\"answer\": \"" + answer + "\"}");
    }

    Reply startReview(String officer, String applicationId) {
        return http.post(api + "/permit-applications/" + applicationId + "/review", officer);
    }

    Reply approve(String officer, String applicationId) {
        return http.post(api + "/permit-applications/" + applicationId + "/decision", officer,
                "{\"decision\": \"APPROVE\"}");
    }

    /** The payment gateway's callback with the fee as permit-service stated it ({@code fee} of the view). */
    Reply payFee(String gateway, String applicationId, String paymentReference, JsonNode fee, Instant paidAt) {
        return http.post(api + "/permit-applications/" + applicationId + "/fee-payment", gateway, """
                {"paymentReference": "%s", "amount": %s, "paidAt": "%s"}""".formatted(paymentReference, fee,
                paidAt));
    }

    Reply permit(String token, String permitNumber) {
        return http.get(api + "/permits/" + permitNumber, token);
    }

    Reply revoke(String officer, String permitNumber, String ground, String reason) {
        return http.post(api + "/permits/" + permitNumber + "/revocation", officer,
                "{\"ground\": \"" + ground + "\", \"reason\": \"" + reason + "\"}");
    }

    Reply applyForRenewal(String employer, String permitNumber) {
        return http.post(api + "/permits/" + permitNumber + "/renewals", employer);
    }

    Reply renewal(String token, String renewalId) {
        return http.get(api + "/permit-renewals/" + renewalId, token);
    }

    Reply approveRenewal(String officer, String renewalId) {
        return http.post(api + "/permit-renewals/" + renewalId + "/decision", officer, "{\"decision\": \"APPROVE\"}");
    }

    Reply requestLabourImmigrantPermit(String police, LabourImmigrant p) {
        return http.post(api + "/labour-immigrant-permits", police, """
                {"fullName": "%s", "citizenship": "%s", "passportNumber": "%s", "passportExpiry": "%s",
                 "iin": %s, "region": "%s", "occupationCode": "%s", "months": %d,
                 "tax": {"reference": "%s", "amount": {"amount": "%s", "currency": "KZT"}}}""".formatted(
                p.fullName(), p.citizenship(), p.passportNumber(), p.passportExpiry(),
                p.iin() == null ? "null" : "\"" + p.iin() + "\"", p.region(), p.occupationCode(), p.months(),
                p.taxReference(), p.taxAmount()));
    }

    Reply labourImmigrantPermit(String permitNumber, String document) {
        return http.get(api + "/labour-immigrant-permits/" + permitNumber + "?document=" + document, null);
    }

    Reply publicStatus(String permitNumber, String document) {
        return http.get(api + "/public/permits/" + permitNumber + "/status?document=" + document, null);
    }
}
