package kz.migration.permit;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.EventCodec;
import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OwnerIsolationContractTest;
import kz.migration.common.time.AdjustableClock;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.event.PermitEventConsumer;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Another employer or another region's officer never sees or changes an application, a permit or a renewal. The
 * fixtures reuse {@link PermitScenario}'s steps: an issued permit with a renewal, and a fresh application.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OwnerIsolationTest extends OwnerIsolationContractTest {

    @Inject
    AdjustableClock clock;

    private final Set<String> passports = new HashSet<>();

    /** PermitScenario's steps, wired with this test's beans. */
    private static final class Steps extends PermitScenario {
    }

    /** The scenario's injected beans, looked up because this class extends the shared suite instead. */
    private Steps steps() {
        Steps steps = new Steps();
        steps.consumer = bean(PermitEventConsumer.class);
        steps.codec = bean(EventCodec.class);
        steps.clock = clock;
        steps.applications = bean(PermitApplicationRepository.class);
        steps.verifications = bean(DocumentVerificationRepository.class);
        steps.entityManager = bean(EntityManager.class);
        return steps;
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    @Override
    protected Map<String, String> createOwnedRecords(String bin, String region) {
        Steps steps = steps();
        Map<String, Object> permitBody = steps.application(steps.passedVacancy(bin, region, 1), region);
        Map<String, Object> applicationBody = steps.application(steps.passedVacancy(bin, region, 1), region);
        passports.add(passport(permitBody));
        passports.add(passport(applicationBody));
        PermitApplication permit = steps.stored(steps.issued(bin, permitBody, "346000.00"));
        String renewal;
        try {
            steps.setToday(permit.validTo.minusDays(45));
            renewal = given().auth().oauth2(TestTokens.employer(bin)).header("Idempotency-Key", UUID.randomUUID())
                    .post("/api/v1/permits/{number}/renewals", permit.permitNumber).then().statusCode(201).extract()
                    .path("id");
        } finally {
            clock.reset();
        }
        UUID application = steps.submitted(bin, applicationBody);
        String applicationPath = PermitScenario.BASE + "/" + application;
        String permitPath = "/api/v1/permits/" + permit.permitNumber;
        Map<String, String> owned = new HashMap<>(new LabourImmigrantSteps(steps).ownedRecords(region,
                passports));
        owned.putAll(Map.ofEntries(
                Map.entry("/api/v1/permit-applications/{id}", applicationPath),
                Map.entry("/api/v1/permit-applications/{id}/history", applicationPath + "/history"),
                Map.entry("/api/v1/permit-applications/{id}/review", applicationPath + "/review"),
                Map.entry("/api/v1/permit-applications/{id}/decision", applicationPath + "/decision"),
                Map.entry("/api/v1/permit-applications/{id}/withdrawal", applicationPath + "/withdrawal"),
                Map.entry("/api/v1/permit-applications/{id}/fee", PermitScenario.BASE + "/" + permit.id + "/fee"),
                Map.entry("/api/v1/permit-renewals/{id}", "/api/v1/permit-renewals/" + renewal),
                Map.entry("/api/v1/permit-renewals/{id}/decision", "/api/v1/permit-renewals/" + renewal + "/decision"),
                Map.entry("/api/v1/permits/{number}", permitPath),
                Map.entry("/api/v1/permits/{number}/certificate", permitPath + "/certificate"),
                Map.entry("/api/v1/permits/{number}/revocation", permitPath + "/revocation"),
                Map.entry("/api/v1/permits/{number}/termination", permitPath + "/termination"),
                Map.entry("/api/v1/permits/{number}/renewals", permitPath + "/renewals")));
        return owned;
    }

    @Override
    protected Object bodyFor(ApiOperation operation) {
        Object labourImmigrant = LabourImmigrantSteps.bodyFor(operation);
        if (labourImmigrant != null) {
            return labourImmigrant;
        }
        if (operation.path().endsWith("/decision")) {
            return Map.of("decision", "APPROVE");
        }
        if (operation.path().endsWith("/revocation")) {
            return Map.of("ground", "FORGED_DOCUMENTS", "reason", "Another region's officer tries");
        }
        if (operation.path().endsWith("/termination")) {
            return Map.of("reason", "Another owner tries");
        }
        return "{}";
    }

    @Override
    protected Set<String> personalData() {
        return passports;
    }

    @SuppressWarnings("unchecked")
    private static String passport(Map<String, Object> application) {
        return (String) ((Map<String, Object>) application.get("worker")).get("passportNumber");
    }
}
