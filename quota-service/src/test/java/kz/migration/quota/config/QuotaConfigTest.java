package kz.migration.quota.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

import kz.migration.common.testing.ConfigMappings;

/** A setting out of bounds stops the service, each one named; the defaults pass. */
class QuotaConfigTest {

    static QuotaConfig mapped(Map<String, String> values) {
        return ConfigMappings.mapped(QuotaConfig.class, values);
    }

    @Test
    void acceptsTheDefaults() {
        assertEquals(List.of(), mapped(Map.of()).check().problems());
    }

    @Test
    void namesEverySettingOutOfBounds() {
        QuotaConfig config = mapped(Map.of("registry.quota.alert-thresholds", "0,80,101",
                "registry.quota.max-utilisation-days", "3661", "registry.quota.dashboard.years-kept", "0"));

        assertEquals(List.of("registry.quota.alert-thresholds must be between 1 and 100, was 0",
                "registry.quota.alert-thresholds must be between 1 and 100, was 101",
                "registry.quota.max-utilisation-days must be between 1 and 3660, was 3661",
                "registry.quota.dashboard.years-kept must be between 1 and 1000, was 0"),
                config.check().problems());
        assertThrows(ConfigurationException.class, () -> config.check().orStop());
    }
}
