package kz.migration.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Ports of one stack: PostgreSQL, Kafka and the first service port (the others follow in order). */
record StackPorts(int postgres, int kafka, int httpBase) {

    static final StackPorts DEFAULT = new StackPorts(5432, 9092, RegistryService.VACANCY.defaultPort());

    int http(RegistryService service) {
        return httpBase + service.ordinal();
    }

    String baseUrl(RegistryService service) {
        return "http://localhost:" + http(service);
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }

    void write(Path file, long launcherPid) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("postgres.port", Integer.toString(postgres));
        properties.setProperty("kafka.port", Integer.toString(kafka));
        properties.setProperty("http.port-base", Integer.toString(httpBase));
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "Written by ./registry up; read by status, clock and down");
        }
    }

    /** The ports the last {@code up} used, or the defaults. */
    static StackPorts read(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            return DEFAULT;
        }
        return new StackPorts(
                Integer.parseInt(properties.getProperty("postgres.port", "" + DEFAULT.postgres)),
                Integer.parseInt(properties.getProperty("kafka.port", "" + DEFAULT.kafka)),
                Integer.parseInt(properties.getProperty("http.port-base", "" + DEFAULT.httpBase)));
    }
}
