package kz.migration.common.kafka;

import java.util.HashMap;
import java.util.Map;

/**
 * The settings a Kafka client of ours needs to reach the cluster, taken from the connector's shared
 * {@code kafka.*} configuration: the bootstrap servers plus every {@code security.*}, {@code sasl.*} and
 * {@code ssl.*} key. The outbox relay and the topic initializer build their own clients; without these they would
 * talk plaintext to a SASL_SSL cluster and publish nothing while the channels (which do read them) look healthy.
 */
public final class KafkaConnection {

    private KafkaConnection() {
    }

    public static Map<String, Object> settings(Map<String, Object> brokerConfig) {
        Map<String, Object> settings = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("client.dns.lookup") || key.startsWith("security.")
                    || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
