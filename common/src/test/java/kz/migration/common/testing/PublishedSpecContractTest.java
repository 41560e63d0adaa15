package kz.migration.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document of a service ({@code docs/openapi/<quarkus.application.name>.yaml}) is exactly
 * what the service serves at {@code /q/openapi} (and so what Swagger UI shows), so the published contract never
 * drifts from the code. After changing an endpoint, regenerate with {@code -Dregistry.write-docs=true} (see the
 * README's "Integrators" section). Each service extends this once.
 */
public abstract class PublishedSpecContractTest {

    static final String WRITE_DOCS = "registry.write-docs";

    protected static String servedSpec() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    protected static Path publishedSpec() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        return Path.of("..", "docs", "openapi", service + ".yaml");
    }

    @Test
    void committedSpecIsWhatTheServiceServes() throws IOException {
        String served = servedSpec();
        Path published = publishedSpec();
        if (Boolean.getBoolean(WRITE_DOCS)) {
            Files.createDirectories(published.getParent());
            Files.writeString(published, served);
        }
        assertTrue(Files.exists(published), published + " is missing; regenerate with -D" + WRITE_DOCS + "=true");
        assertEquals(Files.readString(published), served, published
                + " differs from the served /q/openapi; regenerate with -Dtest=OpenApiSpecTest -D" + WRITE_DOCS
                + "=true and commit it (README, Integrators)");
    }

    @Test
    void servedSpecIsDeterministic() {
        assertEquals(servedSpec(), servedSpec(), "two requests for /q/openapi answer the same document");
    }
}
