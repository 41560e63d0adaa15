package kz.migration.vacancy;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kz.migration.common.testing.OpenApiOperations.ApiOperation;
import kz.migration.common.testing.OwnerIsolationContractTest;
import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/** Another employer or another region's officer never sees or changes a vacancy or its referrals. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OwnerIsolationTest extends OwnerIsolationContractTest {

    private final String candidateIin = VacancyFixtures.randomIdentifier();

    @Override
    protected Map<String, String> createOwnedRecords(String bin, String region) {
        UUID vacancy = VacancyFixtures.posted(bin, VacancyFixtures.vacancy(region, "450000.00", 2));
        String referral = given().auth().oauth2(TestTokens.role("labour-exchange")).contentType(ContentType.JSON)
                .body(Map.of("candidateIin", candidateIin)).post("/api/v1/vacancies/{id}/referrals", vacancy).then()
                .statusCode(201).extract().path("id");
        String vacancyPath = "/api/v1/vacancies/" + vacancy;
        return Map.of(
                "/api/v1/vacancies/{id}", vacancyPath,
                "/api/v1/vacancies/{id}/close", vacancyPath + "/close",
                "/api/v1/vacancies/{id}/reopen", vacancyPath + "/reopen",
                "/api/v1/vacancies/{id}/changes", vacancyPath + "/changes",
                "/api/v1/vacancies/{vacancyId}/referrals", vacancyPath + "/referrals",
                "/api/v1/vacancies/{vacancyId}/referrals/{referralId}/outcome",
                vacancyPath + "/referrals/" + referral + "/outcome");
    }

    @Override
    protected Object bodyFor(ApiOperation operation) {
        if (operation.path().endsWith("/outcome")) {
            return Map.of("outcome", "HIRED");
        }
        if (operation.method().equals("patch")) {
            return Map.of("title", "Another employer's title");
        }
        if (operation.method().equals("put")) {
            return VacancyFixtures.vacancy(ownerRegion(), "450000.00", 2);
        }
        return "{}";
    }

    @Override
    protected Set<String> personalData() {
        return Set.of(candidateIin);
    }
}
