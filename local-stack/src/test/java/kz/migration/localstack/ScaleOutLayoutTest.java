package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.migration.localstack.StackPorts.ServiceInstance;

/** {@code ./registry up --instances N}: the ports, names and logs of every instance, and the option itself. */
class ScaleOutLayoutTest {

    @TempDir
    Path data;

    @Test
    void theSecondInstanceOfEachServiceListensTenAboveTheFirst() {
        StackPorts two = new StackPorts(5432, 9092, 8081, 2);
        List<Integer> ports = two.serviceInstances().stream()
                .map(instance -> two.http(instance.service(), instance.instance())).toList();
        assertEquals(List.of(8081, 8082, 8083, 8084, 8085, 8091, 8092, 8093, 8094, 8095), ports);
        assertEquals("http://localhost:8094", two.baseUrl(RegistryService.CONTRACT, 2));
        assertEquals(8082, two.http(RegistryService.PERMIT), "unnumbered means instance 1");

        StackPorts acceptance = new StackPorts(15432, 19092, 18081, 2);
        assertEquals(18091, acceptance.http(RegistryService.VACANCY, 2));
        assertEquals(18095, acceptance.http(RegistryService.INSPECTION, 2));
        assertThrows(IllegalArgumentException.class, () -> acceptance.http(RegistryService.VACANCY, 3));
    }

    @Test
    void oneInstanceIsTheDefaultAndKeepsTheFivePorts() {
        assertEquals(1, StackPorts.DEFAULT.instances());
        assertEquals(List.of(8081, 8082, 8083, 8084, 8085), StackPorts.DEFAULT.serviceInstances().stream()
                .map(instance -> StackPorts.DEFAULT.http(instance.service(), instance.instance())).toList());
        assertThrows(IllegalArgumentException.class, () -> StackPorts.DEFAULT.http(RegistryService.QUOTA, 2));
    }

    @Test
    void instancesAfterTheFirstAreNamedAndLoggedByTheirNumber() {
        StackLayout layout = StackLayout.at(data);
        ServiceInstance first = new ServiceInstance(RegistryService.PERMIT, 1);
        ServiceInstance second = new ServiceInstance(RegistryService.PERMIT, 2);
        assertEquals("permit-service", first.name());
        assertEquals("permit-service-2", second.name());
        assertEquals(layout.logs().resolve("permit-service.log"), layout.log(first));
        assertEquals(layout.log(RegistryService.PERMIT), layout.log(first));
        assertEquals(layout.logs().resolve("permit-service-2.log"), layout.log(second));
    }

    @Test
    void statusAndClockReadTheInstancesOfTheLastUp() throws Exception {
        Path state = data.resolve("stack.properties");
        new StackPorts(15432, 19092, 18081, 2).write(state, 42);
        StackPorts read = StackPorts.read(state);
        assertEquals(2, read.instances());
        assertEquals(18093, read.http(RegistryService.QUOTA, 2));

        // status and clock name every instance (none answers: ports where no stack of the build runs).
        StackLayout layout = StackLayout.at(data.resolve("root"));
        java.nio.file.Files.createDirectories(layout.data());
        new StackPorts(25432, 29092, 28081, 2).write(layout.stateFile(), 42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new RegistryLauncher(layout, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(new ArrayDeque<>(List.of("status")));
        String status = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, status);
        assertTrue(status.contains("inspection-service-2"), status);
        assertTrue(status.contains("http://localhost:28095"), status);

        bytes.reset();
        assertFalse(new RegistryLauncher(layout, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(new ArrayDeque<>(List.of("clock", "show"))) == 0);
        String clock = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(clock.contains("quota-service-2") && clock.contains("http://localhost:28093/dev/clock"), clock);
    }

    @Test
    void aStateFileOfAnEarlierLauncherMeansOneInstance() throws Exception {
        Path state = data.resolve("stack.properties");
        java.nio.file.Files.writeString(state, "postgres.port=5432\nkafka.port=9092\nhttp.port-base=8081\n");
        assertEquals(new StackPorts(5432, 9092, 8081, 1), StackPorts.read(state));
    }

    @Test
    void upTakesTheNumberOfInstances() {
        RegistryLauncher.Up up = RegistryLauncher.parseUp(
                new ArrayDeque<>(List.of("--http-port-base", "18081", "--instances", "2", "--no-appcds")), null);
        assertEquals(new StackPorts(5432, 9092, 18081, 2), up.options().ports());
        assertFalse(up.reset());
        assertEquals(1, RegistryLauncher.parseUp(new ArrayDeque<>(), null).options().ports().instances());

        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> RegistryLauncher.parseUp(new ArrayDeque<>(List.of("--instances", "0")), null));
        assertTrue(zero.getMessage().contains("1 to 9"), zero.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RegistryLauncher.parseUp(new ArrayDeque<>(List.of("--instances", "10")), null));
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> RegistryLauncher.parseUp(new ArrayDeque<>(List.of("--instances", "two")), null));
        assertTrue(word.getMessage().contains("--instances needs a number"), word.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RegistryLauncher.parseUp(new ArrayDeque<>(List.of("--instances")), null));
        assertTrue(RegistryLauncher.help().contains("--instances N"));
    }
}
