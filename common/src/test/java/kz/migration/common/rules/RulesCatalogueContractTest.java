package kz.migration.common.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} and one module's code telling the same story: every {@code @Rule} id in the module's
 * code is catalogued, every catalogued rule of the module's prefixes is named by its code, and every rule has a plain
 * JUnit test ({@code @Verifies}, in a test class with nothing of Quarkus) that the catalogue names. A plain test, no
 * Quarkus: each module extends this once.
 */
public abstract class RulesCatalogueContractTest {

    private static final Pattern RULE = Pattern.compile("@Rule\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern VERIFIES = Pattern
            .compile("@Verifies\\(\\s*(?:value\\s*=\\s*)?\\{?([^)]*?)\\}?\\s*\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final List<String> REQUIRED_FIELDS = List.of("Rule", "In force", "Source", "Code", "Tests");

    /** The id prefixes this module owns, such as {@code "permit."}. */
    protected abstract Set<String> prefixes();

    private final Map<String, RulesCatalogue.Entry> catalogue = RulesCatalogue.read(RulesCatalogue.LOCATION);
    private final Map<String, Set<Path>> codeIds = scan(Path.of("src", "main", "java"), RULE, false);
    private final Map<String, Set<Path>> verified = scan(Path.of("src", "test", "java"), VERIFIES, true);

    @Test
    void everyRuleTheCodeNamesIsCatalogued() {
        Set<String> missing = new TreeSet<>(codeIds.keySet());
        missing.removeAll(catalogue.keySet());
        assertTrue(missing.isEmpty(), "@Rule ids missing from docs/rules.md: " + missing + " in " + where(missing));
    }

    @Test
    void everyIdBelongsToThisModule() {
        Set<String> foreign = new TreeSet<>();
        codeIds.keySet().stream().filter(id -> !owned(id)).forEach(foreign::add);
        Set<String> malformed = new TreeSet<>();
        codeIds.keySet().stream().filter(id -> !ID.matcher(id).matches()).forEach(malformed::add);
        assertTrue(foreign.isEmpty(), "@Rule ids whose prefix is not one of " + prefixes() + ": " + foreign);
        assertTrue(malformed.isEmpty(), "@Rule ids not of the form word.word-word: " + malformed);
    }

    @Test
    void everyCataloguedRuleOfThisModuleIsInTheCode() {
        Set<String> missing = new TreeSet<>();
        catalogue.keySet().stream().filter(this::owned).filter(id -> !codeIds.containsKey(id)).forEach(missing::add);
        assertTrue(missing.isEmpty(), "docs/rules.md lists rules that no @Rule in this module names: " + missing);
    }

    @Test
    void everyRuleHasItsFieldsAndNamesRealClasses() {
        List<String> problems = new ArrayList<>();
        for (RulesCatalogue.Entry entry : owned()) {
            for (String field : REQUIRED_FIELDS) {
                if (entry.fields().getOrDefault(field, "").isBlank()) {
                    problems.add(entry.id() + " has no '" + field + "' line");
                }
            }
            for (String name : entry.classesIn("Code")) {
                if (findClass(Path.of("src", "main", "java"), name) == null) {
                    problems.add(entry.id() + " names code class " + name + ", which is not in " + module());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRuleHasAPlainUnitTestThatTheCatalogueNames() {
        List<String> problems = new ArrayList<>();
        for (RulesCatalogue.Entry entry : owned()) {
            Set<Path> tests = verified.getOrDefault(entry.id(), Set.of());
            if (tests.isEmpty()) {
                problems.add(entry.id() + " has no plain test with @Verifies(\"" + entry.id() + "\")");
                continue;
            }
            Set<String> testClasses = new HashSet<>();
            tests.forEach(p -> testClasses.add(p.getFileName().toString().replace(".java", "")));
            List<String> named = entry.classesIn("Tests");
            if (named.stream().noneMatch(testClasses::contains)) {
                problems.add(entry.id() + ": its Tests line names " + named + " but the plain tests verifying it are "
                        + testClasses);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void plainTestsVerifyOnlyCataloguedRules() {
        Set<String> unknown = new TreeSet<>(verified.keySet());
        unknown.removeAll(catalogue.keySet());
        assertTrue(unknown.isEmpty(), "@Verifies names rules missing from docs/rules.md: " + unknown);
    }

    private List<RulesCatalogue.Entry> owned() {
        return catalogue.values().stream().filter(e -> owned(e.id())).toList();
    }

    private boolean owned(String id) {
        return prefixes().stream().anyMatch(id::startsWith);
    }

    private String module() {
        return Path.of("").toAbsolutePath().getFileName().toString();
    }

    private Map<String, Set<Path>> where(Set<String> ids) {
        Map<String, Set<Path>> found = new HashMap<>();
        ids.forEach(id -> found.put(id, codeIds.get(id)));
        return found;
    }

    /** Ids named by {@code pattern} in the Java files under {@code root}; tests only from plain (non-Quarkus) files. */
    private static Map<String, Set<Path>> scan(Path root, Pattern pattern, boolean plainOnly) {
        Map<String, Set<Path>> ids = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return ids;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (plainOnly && source.contains("io.quarkus.test")) {
                    continue;
                }
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    Matcher literal = LITERAL.matcher(m.group(1));
                    if (pattern == RULE) {
                        ids.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(file);
                        continue;
                    }
                    while (literal.find()) {
                        if (ID.matcher(literal.group(1)).matches()) {
                            ids.computeIfAbsent(literal.group(1), k -> new HashSet<>()).add(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private static Path findClass(Path root, String simpleName) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(simpleName + ".java")).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
