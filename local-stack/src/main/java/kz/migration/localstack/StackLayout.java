package kz.migration.localstack;

import java.nio.file.Path;

/** Where the local stack keeps its state: everything under {@code .registry-data/} at the repository root. */
record StackLayout(Path root) {

    static StackLayout at(Path root) {
        return new StackLayout(root.toAbsolutePath().normalize());
    }

    Path data() {
        return root.resolve(".registry-data");
    }

    Path postgres() {
        return data().resolve("postgres");
    }

    /** Unpacked PostgreSQL binaries: survive a reset, so a fresh start does not unpack them again. */
    Path postgresBinaries() {
        return data().resolve("pg-binaries");
    }

    Path kafka() {
        return data().resolve("kafka");
    }

    Path keys() {
        return data().resolve("keys");
    }

    Path logs() {
        return data().resolve("logs");
    }

    Path log(RegistryService service) {
        return log(new StackPorts.ServiceInstance(service, 1));
    }

    /** Each instance its own log: permit-service.log, permit-service-2.log, ... */
    Path log(StackPorts.ServiceInstance instance) {
        return logs().resolve(instance.name() + ".log");
    }

    /** Pid of the running launcher, locked while it runs. */
    Path launcherPidFile() {
        return data().resolve("launcher.pid");
    }

    /** Pids of the service processes, so a launcher killed with -9 leaves nothing the next start cannot stop. */
    Path servicePidsFile() {
        return data().resolve("services.pids");
    }

    /** Ports of the running stack, for status, clock and token. */
    Path stateFile() {
        return data().resolve("stack.properties");
    }

    /** The dev tokens printed by up, as {@code export} lines for {@code source}. */
    Path tokensFile() {
        return data().resolve("tokens.env");
    }

    Path quarkusApp(RegistryService service) {
        return root.resolve(service.module()).resolve("target").resolve("quarkus-app");
    }
}
