package kz.migration.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service really reads, taken from its sources: {@code application.properties} (with common's
 * {@code microprofile-config.properties}) and the {@code @ConfigMapping} interfaces of common and the service.
 */
record ServiceConfiguration(RegistryService service, Properties properties, Map<String, String> registryVariables,
        Set<String> configMappingProperties, int exposedPort) {

    /** Keys the services read that no properties file names: set in the environment by design. */
    static final Map<String, String> PLATFORM_KEYS = Map.of(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "SmallRye JWT: where the token-verification key is mounted",
            "JAVA_MAX_MEM_RATIO", "run-java.sh of the ubi9 OpenJDK image: heap as a share of the memory limit");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(REGISTRY_[A-Z0-9_]+)(?::([^}]*))?}");
    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MAPPING_METHOD = Pattern
            .compile("(?:@WithName\\(\"([^\"]+)\"\\)\\s*)?\\n\\s+[\\w<>,.?\\[\\] ]+\\s+(\\w+)\\(\\);");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");

    static ServiceConfiguration read(Path root, RegistryService service) {
        Path module = root.resolve(service.module());
        Properties properties = new Properties();
        load(properties, root.resolve("common/src/main/resources/META-INF/microprofile-config.properties"));
        load(properties, module.resolve("src/main/resources/application.properties"));
        Map<String, String> variables = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = PLACEHOLDER.matcher(properties.getProperty(key));
            while (matcher.find()) {
                variables.put(matcher.group(1), matcher.group(2));
            }
        }
        Set<String> mapped = new TreeSet<>();
        mapped.addAll(configMappings(root.resolve("common/src/main/java")));
        mapped.addAll(configMappings(module.resolve("src/main/java")));
        Matcher expose = EXPOSE.matcher(read(module.resolve("src/main/docker/Dockerfile.jvm")));
        int exposed = expose.find() ? Integer.parseInt(expose.group(1)) : -1;
        return new ServiceConfiguration(service, properties, variables, mapped, exposed);
    }

    /** The default of {@code quarkus.http.port}, e.g. 8081 from {@code ${REGISTRY_HTTP_PORT:8081}}. */
    int port() {
        return Integer.parseInt(defaultOf("quarkus.http.port"));
    }

    /** The database of the default JDBC URL, e.g. vacancy from {@code jdbc:postgresql://localhost:5432/vacancy}. */
    String database() {
        return databaseOf(defaultOf("quarkus.datasource.jdbc.url"));
    }

    static String databaseOf(String jdbcUrl) {
        Matcher matcher = Pattern.compile("^jdbc:postgresql://[^/]+/([A-Za-z0-9_]+)(\\?.*)?$").matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new AssertionError("Not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
        }
        return matcher.group(1);
    }

    /** Whether the service reads this environment variable: a placeholder, a property or a platform key. */
    boolean reads(String variable) {
        if (registryVariables.containsKey(variable) || PLATFORM_KEYS.containsKey(variable)) {
            return true;
        }
        return Stream.concat(properties.stringPropertyNames().stream(), configMappingProperties.stream())
                .map(ServiceConfiguration::environmentName).anyMatch(variable::equals);
    }

    /** MicroProfile Config's environment form of a property: upper case, every other character an underscore. */
    static String environmentName(String property) {
        return property.replaceAll("^%[^.]+\\.", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private String defaultOf(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(service.module() + " sets no " + key);
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        return matcher.matches() && matcher.group(2) != null ? matcher.group(2) : value;
    }

    /** {@code registry.kafka.topics.replication-factor} from {@code replicationFactor()} under its prefix. */
    private static Set<String> configMappings(Path sources) {
        Set<String> keys = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return keys;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = read(file);
                Matcher prefix = MAPPING_PREFIX.matcher(source);
                if (!prefix.find()) {
                    continue;
                }
                Matcher method = MAPPING_METHOD.matcher(source.substring(prefix.end()));
                while (method.find()) {
                    String name = method.group(1) != null ? method.group(1) : kebab(method.group(2));
                    keys.add(prefix.group(1) + "." + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static void load(Properties properties, Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ServiceConfiguration> all(Path root) {
        return Stream.of(RegistryService.values()).map(service -> read(root, service)).toList();
    }
}
