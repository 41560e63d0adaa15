package kz.migration.common.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/rules.md} read as data. Each rule is a level-3 heading with its id in backticks, followed by the lines
 * {@code - **Rule:**}, {@code - **In force:**}, {@code - **Source:**}, {@code - **Code:**} and {@code - **Tests:**};
 * class names in backticks on the Code and Tests lines are checked against the sources.
 */
public final class RulesCatalogue {

    public static final Path LOCATION = Path.of("..", "docs", "rules.md");

    private static final Pattern HEADING = Pattern.compile("^### `([a-z0-9.-]+)`.*$");
    private static final Pattern FIELD = Pattern.compile("^- \\*\\*([A-Za-z ]+):\\*\\*\\s*(.*)$");
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*)(?:[.#][^`]*)?`");

    /** One rule of the catalogue: its id and its fields by name ("Rule", "In force", "Source", "Code", "Tests"). */
    public record Entry(String id, Map<String, String> fields) {

        /** Class names in backticks on the field's line ({@code `Eligibility.check`} names Eligibility). */
        public List<String> classesIn(String field) {
            List<String> names = new ArrayList<>();
            Matcher m = CLASS_NAME.matcher(fields.getOrDefault(field, ""));
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private RulesCatalogue() {
    }

    public static Map<String, Entry> read(Path markdown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        String id = null;
        Map<String, String> fields = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                id = heading.group(1);
                fields = new LinkedHashMap<>();
                if (entries.put(id, new Entry(id, fields)) != null) {
                    throw new IllegalStateException(markdown + " lists rule " + id + " twice");
                }
                continue;
            }
            if (line.startsWith("#")) {
                id = null;
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (id != null && field.matches()) {
                fields.put(field.group(1).trim(), field.group(2).trim());
            }
        }
        return entries;
    }
}
