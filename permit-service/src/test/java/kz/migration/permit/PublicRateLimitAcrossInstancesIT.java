package kz.migration.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.http.conn.params.ConnRoutePNames;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

import kz.migration.testsupport.RegistryTestResource;

/**
 * Two running instances of permit-service, both the packaged application ({@code target/quarkus-app}), sharing one
 * PostgreSQL database and one Kafka broker (this JVM's test infrastructure), as two replicas behind an ingress do: one
 * client's public requests, alternating between them, are allowed up to the limit in total, then refused by both.
 * Runs in {@code ./mvnw verify} after packaging (the module's second surefire execution).
 */
class PublicRateLimitAcrossInstancesIT {

    private static final int LIMIT = 30;
    private static final String STATUS = "/api/v1/public/permits/{number}/status";
    private static final Path APPLICATION = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private static final List<Process> instances = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertTrue(Files.isRegularFile(APPLICATION), "package the service first: " + APPLICATION.toAbsolutePath());
        Map<String, String> shared = new RegistryTestResource().start();
        Path logs = Files.createDirectories(Path.of("target", "two-instances"));
        Runtime.getRuntime().addShutdownHook(new Thread(PublicRateLimitAcrossInstancesIT::stopInstances));
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dquarkus.profile=test",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.test-port=" + port,
                    "-Dregistry.public-rate-limit.requests-per-minute=" + LIMIT));
            shared.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.addAll(List.of("-jar", APPLICATION.toString()));
            Path log = logs.resolve("instance-" + i + ".log");
            instances.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
            ports.add(port);
        }
        for (int i = 0; i < 2; i++) {
            int instance = i;
            Awaitility.await("instance " + i + " ready (see target/two-instances/)").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        assertTrue(instances.get(instance).isAlive(), "instance " + instance + " exited");
                        return given().port(ports.get(instance)).get("/q/health/ready").statusCode() == 200;
                    });
        }
    }

    @AfterAll
    static void stopInstances() {
        for (Process instance : instances) {
            instance.destroy();
        }
        for (Process instance : instances) {
            try {
                if (!instance.waitFor(30, TimeUnit.SECONDS)) {
                    instance.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                instance.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        instances.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A public status check on {@code instance}, leaving from {@code address} (any 127.x reaches loopback). */
    private static Response status(int instance, String address) throws Exception {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(address))))
                .port(ports.get(instance)).queryParam("document", "X0000000")
                .get(STATUS, "WP-1999-000001");
    }

    @Test
    void oneClientAlternatingBetweenTheInstancesGetsTheLimitInTotalThen429FromBoth() throws Exception {
        // The limit counts per minute of the instances' clocks: start the burst with most of a minute ahead.
        Awaitility.await("room in the current minute").atMost(Duration.ofSeconds(25))
                .pollInterval(Duration.ofMillis(200)).until(() -> System.currentTimeMillis() % 60_000 < 35_000);

        for (int i = 0; i < LIMIT; i++) {
            status(i % 2, "127.0.0.51").then().statusCode(404);
        }
        for (int instance = 0; instance < 2; instance++) {
            String retryAfter = status(instance, "127.0.0.51").then().statusCode(429)
                    .contentType(containsString("application/problem+json"))
                    .body("type", is("https://registry.migration.gov.kz/problems/too-many-requests"))
                    .extract().header("Retry-After");
            long seconds = Long.parseLong(retryAfter);
            assertTrue(seconds >= 1 && seconds <= 60, "Retry-After within the minute: " + retryAfter);
        }
        // Another client, on either instance, has its own allowance.
        status(0, "127.0.0.52").then().statusCode(404);
        status(1, "127.0.0.52").then().statusCode(404);
    }
}
