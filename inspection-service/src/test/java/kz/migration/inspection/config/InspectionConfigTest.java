package kz.migration.inspection.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

import kz.migration.common.testing.ConfigMappings;

/** A setting out of bounds stops the service, each one named (a secret by its length only); valid settings pass. */
class InspectionConfigTest {

    static InspectionConfig mapped(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of("inspection.wages.monitored-from", "2027-01",
                "inspection.case-token.secret", "a-case-token-secret-of-32-characters"));
        values.putAll(overrides);
        return ConfigMappings.mapped(InspectionConfig.class, values);
    }

    @Test
    void acceptsValidSettings() {
        assertEquals(List.of(), mapped(Map.of()).check().problems());
    }

    @Test
    void namesEverySettingOutOfBounds() {
        InspectionConfig config = mapped(Map.of(
                "inspection.cases.deadline-working-days", "0",
                "inspection.cases.urgent-deadline-working-days", "61",
                "inspection.wages.short-share", "0.995",
                "inspection.wages.grace-days", "-1",
                "inspection.wages.monitored-from", "2027-13",
                "inspection.wages.batch-size", "0",
                "inspection.register.serious-unpaid-months", "13",
                "inspection.reports.due-days-after-quarter", "0",
                "inspection.case-token.secret", "short-secret"));

        List<String> problems = config.check().problems();

        assertEquals(9, problems.size(), problems.toString());
        assertTrue(problems.contains("inspection.wages.monitored-from must be a month (YYYY-MM), was '2027-13'"),
                problems.toString());
        assertTrue(problems.contains("inspection.case-token.secret must have at least 32 characters, has 12"),
                problems.toString());
        assertTrue(problems.stream().noneMatch(problem -> problem.contains("short-secret")), problems.toString());
        assertThrows(ConfigurationException.class, () -> config.check().orStop());
    }
}
