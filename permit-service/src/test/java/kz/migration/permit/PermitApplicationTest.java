package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.event.EventType;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.event.vacancy.CandidateHired;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.common.inbox.Inbox;
import kz.migration.common.testing.Polls;
import kz.migration.permit.service.PermitLifecycleService;
import kz.migration.testsupport.KafkaTestConsumer;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Issue 6: applications, review deadline, MFA gate, automatic checks, quota saga, fee, lapse and withdrawal. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class PermitApplicationTest extends PermitScenario {

    @jakarta.inject.Inject
    PermitLifecycleService lifecycle;

    @jakarta.inject.Inject
    Inbox inbox;

    @Test
    void reviewDeadlineIsSixWorkingDaysSkippingTheWeekendAndIndependenceDay() {
        // Friday 11 Dec 2026; 12-13 Dec weekend, 16 Dec Independence Day (kz-public-holidays.csv).
        setToday(LocalDate.parse("2026-12-11"));
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        submit(bin, application(vacancy, ALMATY), UUID.randomUUID().toString()).statusCode(201)
                .body("status", is("SUBMITTED"))
                .body("receivedOn", is("2026-12-11"))
                .body("reviewDeadline", is("2026-12-22"))
                .body("documentCheck", is("PENDING"));
    }

    @Test
    void duplicatePostWithTheSameIdempotencyKeyReturnsTheSameApplication() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 3), ALMATY);
        String key = UUID.randomUUID().toString();
        String first = submit(bin, body, key).statusCode(201).extract().path("id");
        submit(bin, body, key).statusCode(200).body("id", is(first));
        body.put("termDays", 365);
        body.put("salary", Map.of("amount", "600000.00", "currency", "KZT"));
        submit(bin, body, key).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"));
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("vacancyId", body.get("vacancyId")).get(BASE)
                .then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void rejectsInvalidFieldsWith400AndChangesNothing() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        Map<String, Object> body = application(vacancy, ALMATY);
        body.put("region", "123");
        body.put("occupationCode", "12");
        body.put("termDays", 0);
        submit(bin, body, null).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("region")))
                .body("violations.field", hasItem(containsString("occupationCode")))
                .body("violations.field", hasItem(containsString("termDays")));
        Map<String, Object> citizen = application(vacancy, ALMATY);
        @SuppressWarnings("unchecked")
        Map<String, Object> worker = (Map<String, Object>) citizen.get("worker");
        worker.put("citizenship", "KZ");
        submit(bin, citizen, null).statusCode(400);
        given().auth().oauth2(TestTokens.employer(bin)).queryParam("vacancyId", vacancy.toString()).get(BASE)
                .then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void refusesSubmissionWithoutPassedLabourMarketTest() {
        String bin = newBin();
        submit(bin, application(UUID.randomUUID(), ALMATY)).statusCode(422)
                .body("type", containsString("no-labour-market-test"));
        // Another employer's vacancy looks exactly like a missing one.
        UUID foreign = passedVacancy(newBin(), ALMATY, 1);
        submit(bin, application(foreign, ALMATY)).statusCode(422)
                .body("type", containsString("no-labour-market-test"));
    }

    @Test
    void refusesSubmissionThatDoesNotMatchTheVacancy() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        submit(bin, application(vacancy, ASTANA)).statusCode(422)
                .body("type", containsString("vacancy-mismatch"));
        Map<String, Object> lowSalary = application(vacancy, ALMATY);
        lowSalary.put("salary", Map.of("amount", "499999.99", "currency", "KZT"));
        submit(bin, lowSalary).statusCode(422).body("type", containsString("salary-below-vacancy"))
                .body("vacancySalary", is("500000.00"));
        Map<String, Object> seasonalTerm = application(vacancy, ALMATY);
        seasonalTerm.put("termDays", 180);
        submit(bin, seasonalTerm).statusCode(422).body("type", containsString("term-not-allowed"))
                .body("allowedTermDays", contains(365));
        Map<String, Object> shortPassport = application(vacancy, ALMATY);
        @SuppressWarnings("unchecked")
        Map<String, Object> worker = (Map<String, Object>) shortPassport.get("worker");
        worker.put("passportExpiry", today().plusDays(300).toString());
        submit(bin, shortPassport).statusCode(422)
                .body("type", containsString("passport-expires-during-term"));
    }

    @Test
    void refusesSubmissionWhenEveryPositionOfTheVacancyIsTaken() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        UUID first = submitted(bin, application(vacancy, ALMATY));
        submit(bin, application(vacancy, ALMATY)).statusCode(422)
                .body("type", containsString("vacancy-positions-used"));
        // A withdrawn application gives its position back.
        given().auth().oauth2(TestTokens.employer(bin)).post(BASE + "/{id}/withdrawal", first).then()
                .statusCode(200);
        submit(bin, application(vacancy, ALMATY)).statusCode(201);
    }

    @Test
    void aSubmissionRetriedUnderAnotherKeyDoesNotTakeASecondPosition() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 2);
        Map<String, Object> body = application(vacancy, ALMATY);
        UUID first = submitted(bin, body);
        submit(bin, body).statusCode(422).contentType("application/problem+json")
                .body("type", containsString("worker-already-applied")).body("applicationId", is(first.toString()));
        // The second position is still free for another worker.
        submit(bin, application(vacancy, ALMATY)).statusCode(201);
    }

    @Test
    void aCitizenHiredAfterTheTestPassedTakesAPositionFromForeignLabour() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 2);
        String hired = event(vacancy.toString(), new CandidateHired(vacancy, UUID.randomUUID(), bin, ALMATY, 1,
                clock.instant()));
        Polls.deliver(consumer::onVacancyEvents, hired);
        Polls.deliver(consumer::onVacancyEvents, hired);
        submitted(bin, application(vacancy, ALMATY));
        submit(bin, application(vacancy, ALMATY)).statusCode(422)
                .body("type", containsString("vacancy-positions-used"));
    }

    @Test
    void aSalaryRaisedAfterTheTestPassedBindsTheApplications() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        Polls.deliver(consumer::onVacancyEvents,
                event(vacancy.toString(), new VacancyChanged(vacancy, bin, ALMATY, OCCUPATION, 1,
                        new BigDecimal("600000.00"), false, List.of(), today())));
        submit(bin, application(vacancy, ALMATY)).statusCode(422)
                .body("type", containsString("salary-below-vacancy")).body("vacancySalary", is("600000.00"));
    }

    @Test
    void officerCannotApproveBeforeTheMfaConfirmsTheDocument() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(422).body("type", containsString("document-check-pending"));
        get(id, TestTokens.role("ministry")).body("status", is("UNDER_REVIEW"));
        given().auth().oauth2(TestTokens.role("mfa")).get("/api/v1/document-verifications?limit=200").then()
                .statusCode(200);
        mfaAnswers(id, "CONFIRMED");
        decide(id, ALMATY, "APPROVE", null).statusCode(200).body("status", is("APPROVED"))
                .body("documentCheck", is("CONFIRMED"));
        assertThat(outboxTypes(id), hasItems(EventType.DOCUMENT_VERIFICATION_REQUESTED.type(),
                EventType.DOCUMENT_VERIFICATION_ANSWERED.type(), EventType.PERMIT_APPROVED.type()));
    }

    @Test
    void mfaAnswersOnlyOnce() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        mfaAnswers(id, "CONFIRMED");
        UUID requestId = verifications.forApplication(id).orElseThrow().id;
        given().auth().oauth2(TestTokens.role("mfa")).contentType(ContentType.JSON)
                .body(Map.of("answer", "REJECTED", "reason", "changed our mind"))
                .post("/api/v1/document-verifications/{id}/answer", requestId).then().statusCode(409);
    }

    @Test
    void refusesOnMfaDocumentRejection() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        mfaAnswers(id, "REJECTED");
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds", contains("MFA_DOCUMENT_REJECTED"));
        assertThat(outboxTypes(id), hasItem(EventType.PERMIT_REFUSED.type()));
        assertThat(outboxTypes(id), not(hasItem(EventType.PERMIT_APPROVED.type())));
    }

    @Test
    void refusesOnLocalContentBreachAfterAddingTheWorker() {
        String bin = newBin();
        Map<String, Object> body = application(passedVacancy(bin, ALMATY, 1), ALMATY);
        // Categories 3+4: 9 citizens and no foreign worker under a permit; with the new one 9 of 10 = 90 % is still
        // compliant, so use 8 citizens: 8 of 9 = 88.9 % < 90 %.
        body.put("headcount", Map.of("category1", staff(1, 0), "category2", staff(1, 0), "category3",
                staff(5, 0), "category4", staff(3, 0), "intraCorporateTransfer", staff(0, 0)));
        body.put("totalEmployees", 30);
        UUID id = submitted(bin, body);
        mfaAnswers(id, "CONFIRMED");
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds", contains("LOCAL_CONTENT_BREACH"));
        given().auth().oauth2(TestTokens.employer(bin)).get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("[-1].to", is("REFUSED")).body("[-1].reason", containsString("below 90%"));
    }

    @Test
    void smallBusinessOfTwentyEmployeesIsExemptFromLocalContentButNotOfTwentyOne() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 2);
        Map<String, Object> body = application(vacancy, ALMATY);
        // Without the exemption 2 citizens and the new worker in categories 3+4 breach the 90 %. One foreign
        // worker is declared: the first approval makes the registry count one.
        body.put("headcount", Map.of("category1", staff(1, 0), "category2", staff(1, 0), "category3",
                staff(2, 1), "category4", staff(0, 0), "intraCorporateTransfer", staff(0, 0)));
        body.put("smallBusiness", true);
        body.put("totalEmployees", 20);
        decideApproved(bin, body).body("status", is("APPROVED"));
        Map<String, Object> larger = new HashMap<>(body);
        larger.put("worker", application(vacancy, ALMATY).get("worker"));
        larger.put("totalEmployees", 21);
        decideApproved(bin, larger).body("status", is("REFUSED")).body("refusalGrounds",
                contains("LOCAL_CONTENT_BREACH"));
    }

    private io.restassured.response.ValidatableResponse decideApproved(String bin, Map<String, Object> body) {
        UUID id = submitted(bin, body);
        mfaAnswers(id, "CONFIRMED");
        startReview(id, ALMATY);
        return decide(id, ALMATY, "APPROVE", null).statusCode(200);
    }

    @Test
    void refusesWhenTheLabourMarketTestNoLongerStands() {
        String bin = newBin();
        UUID vacancy = passedVacancy(bin, ALMATY, 1);
        UUID id = submitted(bin, application(vacancy, ALMATY));
        Polls.deliver(consumer::onVacancyEvents, event(vacancy.toString(),
                new VacancyClosed(vacancy, bin, ALMATY, "closed by the employer", clock.instant())));
        mfaAnswers(id, "CONFIRMED");
        startReview(id, ALMATY);
        decide(id, ALMATY, "APPROVE", null).statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds", contains("NO_LABOUR_MARKET_TEST"));
    }

    @Test
    void refusesWhenTheEmployerIsBannedAfterARevocation() {
        String bin = newBin();
        UUID pending = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        UUID permit = issued(bin);
        String number = stored(permit).permitNumber;
        given().auth().oauth2(TestTokens.officer(ALMATY)).contentType(ContentType.JSON)
                .body(Map.of("ground", "FORGED_DOCUMENTS", "reason", "diploma forged"))
                .post("/api/v1/permits/{number}/revocation", number).then().statusCode(200)
                .body("status", is("REVOKED")).body("bannedUntil", is(today().plusMonths(12).minusDays(1).toString()));
        mfaAnswers(pending, "CONFIRMED");
        startReview(pending, ALMATY);
        decide(pending, ALMATY, "APPROVE", null).statusCode(200).body("status", is("REFUSED"))
                .body("refusalGrounds", contains("EMPLOYER_BANNED"));
        submit(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY)).statusCode(422)
                .body("type", containsString("employer-banned")).body("revokedPermit", is(number));
    }

    @Test
    void officerRefusesOnlyWithGroundsFromTheFixedList() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        startReview(id, ALMATY);
        decide(id, ALMATY, "REFUSE", List.of()).statusCode(400);
        decide(id, ALMATY, "REFUSE", List.of("NOT_A_GROUND")).statusCode(400);
        decide(id, ALMATY, "REFUSE", List.of("QUALIFICATION_MISMATCH")).statusCode(200)
                .body("status", is("REFUSED")).body("refusalGrounds", contains("QUALIFICATION_MISMATCH"));
        decide(id, ALMATY, "APPROVE", null).statusCode(409).contentType("application/problem+json")
                .body("type", containsString("state-conflict")).body("currentStatus", is("REFUSED"));
    }

    @Test
    void decidingWithoutTakingTheApplicationForReviewIsAConflict() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        mfaAnswers(id, "CONFIRMED");
        decide(id, ALMATY, "APPROVE", null).statusCode(409).body("currentStatus", is("SUBMITTED"))
                .body("requestedStatus", is("APPROVED"));
    }

    @Test
    void sagaHappyPathThroughKafkaIssuesThePermit() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        UUID reservationId = reservationOf(id);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaTestConsumer permits = new KafkaTestConsumer(bootstrap, "permit.events")) {
            permits.await(r -> r.key().equals(id.toString()) && r.value().contains(EventType.PERMIT_APPROVED.type())
                    && r.value().contains(reservationId.toString()) && r.value().contains("\"purpose\":\"NEW\""), 1,
                    Duration.ofSeconds(30));
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
                producer.send(new ProducerRecord<>("quota.events", reservationId.toString(),
                        event(reservationId.toString(), new QuotaReserved(reservationId, id, today().getYear(),
                                ALMATY, "CATEGORY_3", 3, clock.instant()))));
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE")));
            get(id, TestTokens.employer(bin)).body("fee.amount", is("346000.00")).body("fee.currency", is("KZT"))
                    .body("feeDue", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
            String number = pay(id, "PAY-" + UUID.randomUUID(), "346000.00").statusCode(200)
                    .body("status", is("ISSUED"))
                    .body("permitNumber", matchesPattern("WP-" + today().getYear() + "-\\d{6}"))
                    .body("validFrom", is(today().toString()))
                    .body("validTo", is(today().plusDays(364).toString()))
                    .extract().path("permitNumber");
            permits.await(r -> r.key().equals(id.toString()) && r.value().contains(EventType.PERMIT_ISSUED.type())
                    && r.value().contains(number) && r.value().contains(reservationId.toString()), 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void feeCallbackIsIdempotentOnThePaymentReference() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        quotaReserved(id);
        pay(id, "PAY-1-" + id, "1.00").statusCode(422).body("type", containsString("fee-amount-mismatch"));
        String reference = "PAY-2-" + id;
        String number = pay(id, reference, "346000.00").statusCode(200).extract().path("permitNumber");
        pay(id, reference, "346000.00").statusCode(200).body("permitNumber", is(number));
        pay(id, "PAY-3-" + id, "346000.00").statusCode(409);
        assertThat(outboxCount(id, EventType.PERMIT_ISSUED), is(1L));
        UUID other = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        quotaReserved(other);
        pay(other, reference, "346000.00").statusCode(409).body("type", containsString("payment-reference-reused"));
    }

    @Test
    void quotaExhaustedRefusesTheApplication() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        String rejected = quotaRejected(id);
        get(id, TestTokens.employer(bin)).body("status", is("REFUSED"))
                .body("refusalGrounds", contains("QUOTA_EXHAUSTED"));
        Polls.deliver(consumer::onQuotaEvents, rejected);
        assertThat(outboxCount(id, EventType.PERMIT_REFUSED), is(1L));
    }

    @Test
    void anApprovedApplicationIsNotDecidedAgainSoItsQuotaUnitIsNeverStranded() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        decide(id, ALMATY, "REFUSE", List.of("QUALIFICATION_MISMATCH")).statusCode(409)
                .contentType("application/problem+json").body("currentStatus", is("APPROVED"))
                .body("requestedStatus", is("REFUSED"));
        assertThat(outboxCount(id, EventType.PERMIT_REFUSED), is(0L));
        quotaReserved(id);
        get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE"));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        String reserved = quotaReserved(id);
        Polls.deliver(consumer::onQuotaEvents, reserved);
        Polls.deliver(consumer::onQuotaEvents, reserved);
        // A late rejection for a reservation that was already granted is ignored as well.
        quotaRejected(id);
        get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE"));
        List<String> steps = new ArrayList<>(given().auth().oauth2(TestTokens.employer(bin))
                .get(BASE + "/{id}/history", id).then().statusCode(200).extract().<List<String>>path("to"));
        assertThat(steps, contains("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWAITING_FEE"));
    }

    @Test
    void unpaidApprovalLapsesAndReleasesTheUnitExactlyOnceWhenTheJobRunsTwice() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        quotaReserved(id);
        LocalDate due = stored(id).feeDue;
        setToday(due);
        lifecycle.lapseUnpaid();
        get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE"));
        // The day after: a payment made on the due date may still be reported, but not one made today.
        setToday(due.plusDays(1));
        lifecycle.lapseUnpaid();
        get(id, TestTokens.employer(bin)).body("status", is("AWAITING_FEE"));
        pay(id, "LATE-" + id, "346000.00").statusCode(422).body("type", containsString("fee-overdue"))
                .body("feeDue", is(due.toString()));
        setToday(due.plusDays(2));
        lifecycle.lapseUnpaid();
        lifecycle.lapseUnpaid();
        get(id, TestTokens.employer(bin)).body("status", is("LAPSED"));
        assertThat(outboxCount(id, EventType.PERMIT_LAPSED), is(1L));
        pay(id, "LATER-" + id, "346000.00").statusCode(409);
    }

    @Test
    void aFeePaidOnTheDueDateAndReportedAfterMidnightStillIssuesThePermit() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        quotaReserved(id);
        LocalDate due = stored(id).feeDue;
        setToday(due.plusDays(1));
        lifecycle.lapseUnpaid();
        given().auth().oauth2(TestTokens.role("payment-gateway")).contentType(ContentType.JSON)
                .body(Map.of("paymentReference", "ONTIME-" + id, "amount", Map.of("amount", "346000.00", "currency",
                        "KZT"), "paidAt", due.atTime(23, 50).atZone(clock.getZone()).toInstant().toString()))
                .post(BASE + "/{id}/fee-payment", id).then().statusCode(200).body("status", is("ISSUED"));
    }

    @Test
    void employerWithdrawsBeforeIssueAndTheReservationIsReleased() {
        String bin = newBin();
        UUID id = approved(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        quotaReserved(id);
        given().auth().oauth2(TestTokens.employer(bin)).post(BASE + "/{id}/withdrawal", id).then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        given().auth().oauth2(TestTokens.employer(bin)).post(BASE + "/{id}/withdrawal", id).then().statusCode(409);
        String payload = QuarkusTestOutbox.payload(entityManager, id, EventType.PERMIT_WITHDRAWN);
        assertThat(payload, containsString(reservationOf(id).toString()));
        UUID issued = issued(bin);
        given().auth().oauth2(TestTokens.employer(bin)).post(BASE + "/{id}/withdrawal", issued).then()
                .statusCode(409).body("currentStatus", is("ISSUED"));
    }

    @Test
    void officerOfAnotherRegionAndAnotherEmployerGet404() {
        String bin = newBin();
        UUID id = submitted(bin, application(passedVacancy(bin, ALMATY, 1), ALMATY));
        get(id, TestTokens.officer(ASTANA)).statusCode(404).contentType("application/problem+json");
        get(id, TestTokens.employer(newBin())).statusCode(404);
        given().auth().oauth2(TestTokens.officer(ASTANA)).post(BASE + "/{id}/review", id).then().statusCode(404);
        get(id, TestTokens.officer(ALMATY)).statusCode(200).header("ETag", equalTo("\"0\""));
        get(id, TestTokens.role("auditor")).statusCode(200);
        given().auth().oauth2(TestTokens.role("mfa")).get(BASE + "/{id}", id).then().statusCode(403);
    }

    @Test
    void historyRecordsEveryTransitionWithActorRoleAndTime() {
        String bin = newBin();
        UUID id = issued(bin);
        given().auth().oauth2(TestTokens.role("auditor")).get(BASE + "/{id}/history", id).then().statusCode(200)
                .body("to", contains("SUBMITTED", "UNDER_REVIEW", "APPROVED", "AWAITING_FEE", "ISSUED"))
                .body("actorRole", contains("employer", "officer", "officer", "system", "payment-gateway"))
                .body("[0].actor", is("employer-" + bin)).body("[1].actor", is("officer-" + ALMATY));
    }

    @Test
    void officerQueueIsTheRegionsUndecidedApplicationsByDeadline() {
        String region = "790000000";
        String bin = newBin();
        UUID later = submitted(bin, application(passedVacancy(bin, region, 1), region));
        setToday(today().minusDays(10));
        UUID earlier = submitted(bin, application(passedVacancy(bin, region, 1), region));
        clock.reset();
        List<String> ids = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(TestTokens.officer(region)).queryParam("limit", 2)
                    .queryParam("cursor", cursor).get(BASE + "/review-queue").then().statusCode(200).extract();
            ids.addAll(page.path("items.id"));
            deadlines.addAll(page.path("items.reviewDeadline"));
            assertThat(page.<List<String>>path("items.region"), everyItem(is(region)));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(deadlines.stream().sorted().toList(), deadlines);
        assertTrue(ids.contains(earlier.toString()) && ids.indexOf(earlier.toString()) < ids.indexOf(later.toString()));
    }

    @Test
    void ministrySeesOverdueApplicationsAcrossRegions() {
        String bin = newBin();
        setToday(today().minusDays(30));
        UUID overdue = submitted(bin, application(passedVacancy(bin, ASTANA, 1), ASTANA));
        clock.reset();
        UUID fresh = submitted(bin, application(passedVacancy(bin, ASTANA, 1), ASTANA));
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(TestTokens.role("ministry")).queryParam("limit", 200)
                    .queryParam("cursor", cursor).get(BASE + "/overdue").then().statusCode(200).extract();
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(ids, hasItem(overdue.toString()));
        assertThat(ids, not(hasItem(fresh.toString())));
        given().auth().oauth2(TestTokens.officer(ASTANA)).get(BASE + "/overdue").then().statusCode(403);
    }
}
