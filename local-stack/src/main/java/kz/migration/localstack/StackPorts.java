package kz.migration.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Ports of one stack: PostgreSQL, Kafka and the first service port (the others follow in order). With more than one
 * instance of every service ({@code --instances N}), instance {@code k} of each service listens {@code 10 * (k - 1)}
 * above instance 1: 8081-8085, then 8091-8095, and so on.
 */
record StackPorts(int postgres, int kafka, int httpBase, int instances) {

    /** Distance between the ports of one service's consecutive instances. */
    static final int INSTANCE_STEP = 10;
    /** At most this many instances of each service: their ports stay within base .. base + 84. */
    static final int MAX_INSTANCES = 9;

    static final StackPorts DEFAULT = new StackPorts(5432, 9092, RegistryService.VACANCY.defaultPort());

    StackPorts {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    "--instances takes 1 to " + MAX_INSTANCES + " instances of every service, not " + instances);
        }
    }

    StackPorts(int postgres, int kafka, int httpBase) {
        this(postgres, kafka, httpBase, 1);
    }

    /** Instance 1's port: the one the demo data, the printed examples and the certificates' address use. */
    int http(RegistryService service) {
        return http(service, 1);
    }

    int http(RegistryService service, int instance) {
        if (instance < 1 || instance > instances) {
            throw new IllegalArgumentException("no instance " + instance + " of " + service.id() + " (1 to "
                    + instances + ")");
        }
        return httpBase + INSTANCE_STEP * (instance - 1) + service.ordinal();
    }

    String baseUrl(RegistryService service) {
        return baseUrl(service, 1);
    }

    String baseUrl(RegistryService service, int instance) {
        return "http://localhost:" + http(service, instance);
    }

    /** Every instance of every service, instance 1 of each first. */
    List<ServiceInstance> serviceInstances() {
        List<ServiceInstance> all = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            for (RegistryService service : RegistryService.values()) {
                all.add(new ServiceInstance(service, instance));
            }
        }
        return all;
    }

    String kafkaBootstrap() {
        return "localhost:" + kafka;
    }

    void write(Path file, long launcherPid) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("postgres.port", Integer.toString(postgres));
        properties.setProperty("kafka.port", Integer.toString(kafka));
        properties.setProperty("http.port-base", Integer.toString(httpBase));
        properties.setProperty("instances", Integer.toString(instances));
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
                Integer.parseInt(properties.getProperty("http.port-base", "" + DEFAULT.httpBase)),
                Integer.parseInt(properties.getProperty("instances", "1")));
    }

    /** One running copy of a service: instance 1 is named as the service, the others get their number. */
    record ServiceInstance(RegistryService service, int instance) {

        String name() {
            return instance == 1 ? service.id() : service.id() + "-" + instance;
        }
    }
}
