package kz.migration.common.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed event catalogue equals what the code can emit: every {@link EventType}, nothing stale. After
 * adding or changing an event, regenerate with {@code -Dregistry.write-docs=true}.
 */
class AsyncApiCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void committedCatalogueMatchesTheEventTypesOfTheCode() throws Exception {
        String generated = new AsyncApiCatalogue(Path.of("src", "main", "java")).yaml();
        if (Boolean.getBoolean("registry.write-docs")) {
            Files.writeString(CATALOGUE, generated);
        }
        assertTrue(Files.exists(CATALOGUE), "docs/asyncapi.yaml is missing; run with -Dregistry.write-docs=true");
        assertEquals(generated, Files.readString(CATALOGUE),
                "docs/asyncapi.yaml is stale; regenerate with -Dtest=AsyncApiCatalogueTest -Dregistry.write-docs=true");
    }

    @Test
    void everyEventTypeHasAMessageAndNoMessageLacksAnEventType() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new ObjectMapper(new YAMLFactory()).readValue(CATALOGUE.toFile(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> messages = (Map<String, Map<String, Object>>) ((Map<String, Object>) document
                .get("components")).get("messages");
        Set<String> documented = messages.values().stream().map(m -> (String) m.get("name"))
                .collect(Collectors.toSet());
        Set<String> emitted = java.util.Arrays.stream(EventType.values()).map(EventType::type)
                .collect(Collectors.toSet());
        assertEquals(emitted, documented);
    }
}
