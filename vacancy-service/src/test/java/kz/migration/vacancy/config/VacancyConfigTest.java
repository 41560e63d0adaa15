package kz.migration.vacancy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

import kz.migration.common.testing.ConfigMappings;

/** A setting out of bounds stops the service, each one named; the shipped settings pass. */
class VacancyConfigTest {

    static VacancyConfig mapped(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(
                Map.of("vacancy.labour-market-test.search-days.\"2025-09-01\"", "15"));
        values.putAll(overrides);
        return ConfigMappings.mapped(VacancyConfig.class, values);
    }

    @Test
    void acceptsTheShippedSettings() {
        assertEquals(List.of(), mapped(Map.of()).check().problems());
    }

    @Test
    void namesEverySettingOutOfBounds() {
        VacancyConfig config = mapped(Map.of(
                "vacancy.labour-market-test.search-days.\"2026-01-01\"", "0",
                "vacancy.labour-market-test.batch-size", "10001",
                "vacancy.salary.national-minimum", "0",
                "vacancy.salary.regional-minimum.750000000", "-1",
                "vacancy.referrals.unjustified-rejection-share", "1.01",
                "vacancy.referrals.minimum-decided-referrals", "0",
                "vacancy.referrals.outcome-days", "91"));

        List<String> problems = config.check().problems();

        assertEquals(7, problems.size(), problems.toString());
        assertTrue(
                problems.contains(
                        "vacancy.labour-market-test.search-days.\"2026-01-01\" must be between 1 and 365, was 0"),
                problems.toString());
        assertTrue(problems.contains("vacancy.referrals.outcome-days must be between 1 and 90, was 91"),
                problems.toString());
        ConfigurationException stop = assertThrows(ConfigurationException.class, () -> config.check().orStop());
        assertTrue(stop.getMessage().contains("vacancy.salary.regional-minimum.750000000 must be positive, was -1"),
                stop.getMessage());
    }
}
