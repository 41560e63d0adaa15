package kz.migration.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./registry} script's build rules, run on a copy of the script in a checkout whose build is out of date
 * and whose Maven only records that it was called: only {@code up} builds, and one build at a time.
 */
class RegistryScriptTest {

    @TempDir
    Path checkout;

    Path mavenCalls;

    @BeforeEach
    void outOfDateCheckout() throws IOException {
        Files.copy(Path.of("..", "registry"), checkout.resolve("registry"));
        // No build stamp: every source counts as newer than the last build.
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path target = Files.createDirectories(checkout.resolve("local-stack/target/classes"));
        Files.writeString(target.resolveSibling("launcher.classpath"), System.getProperty("java.class.path"));
        mavenCalls = checkout.resolve("maven-calls");
        Path maven = checkout.resolve("fake-mvnw");
        Files.writeString(maven, "#!/usr/bin/env bash\necho \"$*\" >> '" + mavenCalls + "'\nexit 3\n");
        Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void helpAndTokenNeverStartABuild() throws Exception {
        for (List<String> command : List.of(List.of("help"), List.of("token", "--role", "auditor"))) {
            Process run = registry(command).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, run.exitValue(), command + ": " + output);
            assertFalse(Files.exists(mavenCalls), command + " started a build");
        }
    }

    @Test
    void upBuildsWhenOutOfDate() throws Exception {
        Process run = registry(List.of("up")).start();
        run.getInputStream().readAllBytes();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, run.exitValue(), "the failed build stops up");
        assertEquals(1, Files.readAllLines(mavenCalls).size());
    }

    @Test
    void aSecondBuildWaitsForTheOneRunning() throws Exception {
        assumeTrue(new File("/usr/bin/flock").canExecute() || new File("/bin/flock").canExecute(),
                "flock (util-linux) is not installed");
        Path lock = checkout.resolve(".registry-build.lock");
        // Holds the build lock until its stdin closes, like a build in progress.
        Process firstBuild = new ProcessBuilder("flock", lock.toString(), "cat").start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> isLocked(lock));
            Path output = checkout.resolve("second-up.out");
            Process secondUp = registry(List.of("up")).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.readString(output).contains("Another build is running"));
            assertFalse(Files.exists(mavenCalls), "built while another build held the lock");

            firstBuild.getOutputStream().close();
            assertTrue(secondUp.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, Files.readAllLines(mavenCalls).size(), "built once the lock was free");
        } finally {
            firstBuild.destroy();
        }
    }

    private ProcessBuilder registry(List<String> arguments) {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add("bash");
        builder.command().add(checkout.resolve("registry").toString());
        builder.command().addAll(arguments);
        builder.directory(checkout.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("REGISTRY_MVNW", checkout.resolve("fake-mvnw").toString());
        return builder;
    }

    private static boolean isLocked(Path lock) throws Exception {
        Process probe = new ProcessBuilder("flock", "-n", lock.toString(), "true").start();
        return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() != 0;
    }
}
