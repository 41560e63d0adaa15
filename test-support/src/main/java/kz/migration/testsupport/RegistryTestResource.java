package kz.migration.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service under test at the real PostgreSQL and Kafka of {@link TestInfrastructure} and at the test keys
 * (token verification; the contract registry's checkpoint signing key and permit-service's certificate key, which the
 * other services ignore). Register it once per module with {@code @QuarkusTestResource(RegistryTestResource.class)}.
 */
public class RegistryTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey", infrastructure.keys().publicKeyPem(),
                "contract.registry.checkpoint.signing-keys", infrastructure.checkpointKey().secretKey(),
                "permit.certificate.signing-key", infrastructure.certificateKeyFile().toString(),
                "permit.certificate.signing-key-expires", infrastructure.certificateKey().expires().toString(),
                "registry.outbox.poll-interval", "PT0.2S");
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by TestInfrastructure's shutdown hook.
    }
}
