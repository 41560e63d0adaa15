package kz.migration.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void aSecuredClusterKeepsItsSecuritySettingsAndNothingElseLeaksIntoOurClients() {
        Map<String, Object> shared = Map.of(
                "bootstrap.servers", "kafka-1:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "client.dns.lookup", "use_all_dns_ips",
                "auto.offset.reset", "earliest",
                "group.id", "permit-service");

        assertEquals(Map.of(
                "bootstrap.servers", "kafka-1:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "client.dns.lookup", "use_all_dns_ips"), KafkaConnection.settings(shared));
    }
}
