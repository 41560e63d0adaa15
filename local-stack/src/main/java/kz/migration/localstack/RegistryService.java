package kz.migration.localstack;

/**
 * The five services as the stack runs them. Ports and database names are the defaults of each service's
 * {@code application.properties}; {@code DeploymentDescriptorsTest} keeps them, docker-compose and k8s in step.
 */
enum RegistryService {

    VACANCY("vacancy-service", "vacancy-service", 8081, "vacancy"), PERMIT("permit-service", "permit-service", 8082,
            "permit"), QUOTA("quota-service", "quota-service", 8083,
                    "quota"), CONTRACT("contract-registry-service", "contract-registry-service", 8084,
                            "contract"), INSPECTION("inspection-service", "inspection-service", 8085, "inspection");

    private final String id;
    private final String module;
    private final int defaultPort;
    private final String database;

    RegistryService(String id, String module, int defaultPort, String database) {
        this.id = id;
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    String id() {
        return id;
    }

    String module() {
        return module;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** Database name, also the service's database role (password = name: a dev stack, not a secret). */
    String database() {
        return database;
    }
}
