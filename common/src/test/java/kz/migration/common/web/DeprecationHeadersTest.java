package kz.migration.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.testsupport.RegistryTestResource;
import kz.migration.testsupport.TestTokens;

/**
 * Versioning policy: a v1 operation marked {@link ApiDeprecation} announces its deprecation and sunset on every
 * response (RFC 9745, RFC 8594) and in the OpenAPI document; other operations do not.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class DeprecationHeadersTest {

    @Test
    void deprecatedOperationAnswersDeprecationSunsetAndSuccessorLink() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probe-reports/legacy").then().statusCode(200)
                .header("Deprecation", "@1798761600")
                .header("Sunset", "Thu, 01 Jul 2027 00:00:00 GMT")
                .header("Link", "</api/v1/probe-reports/current>; rel=\"successor-version\"");
    }

    @Test
    void deprecationIsAnnouncedOnErrorsToo() {
        given().get("/api/v1/probe-reports/legacy").then().statusCode(401).header("Deprecation", "@1798761600");
    }

    @Test
    void currentOperationAnswersNoDeprecationHeaders() {
        given().auth().oauth2(TestTokens.role("ministry")).get("/api/v1/probe-reports/current").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    void specMarksTheOperationDeprecatedAndDocumentsTheHeaders() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/probe-reports/legacy'.get.deprecated", is(true))
                .body("paths.'/api/v1/probe-reports/legacy'.get.responses.'200'.headers.Sunset.$ref",
                        equalTo("#/components/headers/Sunset"))
                .body("paths.'/api/v1/probe-reports/current'.get.deprecated", nullValue());
    }
}
