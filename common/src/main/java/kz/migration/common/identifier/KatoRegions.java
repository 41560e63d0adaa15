package kz.migration.common.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The regions of Kazakhstan by KATO code (the first level of the classifier: 17 regions and 3 cities of republican
 * significance), read from the reference data {@code reference/kato-regions.csv}.
 */
public final class KatoRegions {

    private static final Map<String, String> NAMES = load();

    private KatoRegions() {
    }

    public static boolean isRegion(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** Region code to English name, in the order of the reference file. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (var in = KatoRegions.class.getResourceAsStream("/reference/kato-regions.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", 3);
                    names.put(cells[0].trim(), cells[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
