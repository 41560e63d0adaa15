package kz.migration.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.common.security.ProductionSafetyCheck;
import kz.migration.common.security.Roles;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.DevSigningKey;
import kz.migration.testsupport.ServicePids;
import kz.migration.testsupport.Tokens;

/** The launcher's own rules, without starting the stack. */
class LauncherTest {

    @TempDir
    Path data;

    @Test
    void refusesASecondLauncherWhileOneHoldsTheLock() throws Exception {
        Path pidFile = data.resolve("launcher.pid");
        try (LauncherLock first = LauncherLock.tryAcquire(pidFile).orElseThrow()) {
            assertTrue(LauncherLock.tryAcquire(pidFile).isEmpty(), "second start refused");
            assertEquals(ProcessHandle.current().pid(), LauncherLock.running(pidFile).orElseThrow().pid());
        }
        assertTrue(LauncherLock.running(pidFile).isEmpty(), "released on stop");
        LauncherLock.tryAcquire(pidFile).orElseThrow().close();
    }

    @Test
    void treatsThePidFileOfAKilledLauncherAsNotRunning() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = data.resolve("launcher.pid");
        Files.writeString(pidFile, gone.pid() + " 2026-01-01T00:00:00Z\n");
        assertTrue(LauncherLock.running(pidFile).isEmpty());
        // A live process that started at another time is a reused pid, not the launcher.
        Files.writeString(pidFile, ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z\n");
        assertTrue(LauncherLock.running(pidFile).isEmpty());
    }

    @Test
    void stopsOnlyRecordedProcessesThatAreServices() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        try {
            ServicePids pids = new ServicePids(data.resolve("services.pids"));
            pids.record(RegistryService.QUOTA.id(), unrelated.pid());
            assertEquals(List.of(), OrphanServices.stop(pids));
            assertTrue(unrelated.isAlive(), "a pid reused by another program is left alone");
            assertFalse(Files.exists(data.resolve("services.pids")));
        } finally {
            unrelated.destroy();
        }
    }

    @Test
    void readsTheLatestPidOfEachServiceInstanceAsTheBenchmarksDo() throws Exception {
        ServicePids pids = new ServicePids(data.resolve("services.pids"));
        pids.record(RegistryService.QUOTA.id(), 101);
        pids.record("quota-service-2", 102);
        Files.writeString(pids.file(), "not a line\n", StandardOpenOption.APPEND);
        pids.record(RegistryService.QUOTA.id(), 103);
        assertEquals(List.of(new ServicePids.Entry("quota-service", 101), new ServicePids.Entry("quota-service-2", 102),
                new ServicePids.Entry("quota-service", 103)), pids.entries());
        assertEquals(Map.of("quota-service", 103L, "quota-service-2", 102L), pids.read());
    }

    @Test
    void mintsTokensTheServicesAcceptForEveryRole() throws Exception {
        DevKeys keys = DevKeys.loadOrCreate(data.resolve("keys"));
        DevTokens tokens = new DevTokens(keys);
        assertTrue(BusinessIdentifiers.isValid(DevTokens.DEMO_BIN), "demo BIN has a valid check digit");
        for (String role : Roles.ALL) {
            JwtClaims claims = verify(keys, tokens.mint(role, null, null));
            assertEquals(List.of(role), claims.getStringListClaimValue("groups"));
            assertEquals(Roles.EMPLOYER.equals(role) ? DevTokens.DEMO_BIN : null, claims.getClaimValue("bin"));
            boolean regional = Roles.OFFICER.equals(role) || Roles.INSPECTOR.equals(role);
            assertEquals(regional ? DevTokens.DEMO_REGION : null, claims.getClaimValue("region"),
                    role + ": officers and inspectors act for one region");
        }
        assertEquals("advocate-" + DevTokens.DEMO_ADVOCATE,
                verify(keys, tokens.mint(Roles.ADVOCATE, null, null)).getSubject(),
                "an advocate's subject names the organisation that files");
        assertEquals("710000000", verify(keys, tokens.mint(Roles.INSPECTOR, null, "710000000")).getClaimValue("region"),
                "--region scopes an inspector");
        JwtClaims household = verify(keys, tokens.mint(Roles.EMPLOYER, null, null, DevTokens.DEMO_IIN));
        assertEquals(DevTokens.DEMO_IIN, household.getClaimValue("iin"), "a household employer is named by IIN");
        assertEquals(null, household.getClaimValue("bin"));
        JwtClaims reloaded = verify(DevKeys.loadOrCreate(data.resolve("keys")),
                tokens.mint(Roles.OFFICER, null, "710000000"));
        assertEquals("710000000", reloaded.getClaimValue("region"), "the kept key pair verifies it");
    }

    @Test
    void keepsTheDevCertificateKeyOfTheDataDirectoryWhichProductionRefuses() throws Exception {
        Path file = data.resolve("keys").resolve(DevSigningKey.CERTIFICATE_KEY_FILE);
        DevSigningKey first = DevSigningKey.loadOrCreate(file);
        DevSigningKey again = DevSigningKey.loadOrCreate(file);
        assertTrue(Arrays.equals(first.seed(), again.seed()), "the kept key signs after a restart");
        assertEquals(first.expires(), again.expires());
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8 PEM");
        assertTrue(ProductionSafetyCheck.isDevSigningSeed(first.seed()), "the prod profile refuses it");
    }

    @Test
    void refusesTokensWithAnUnknownRoleAnInvalidBinOrANonRegion() {
        DevTokens tokens = new DevTokens(DevKeys.generate());
        assertThrows(IllegalArgumentException.class, () -> tokens.mint("admin", null, null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.EMPLOYER, "120640004564", null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.OFFICER, null, "123"));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.INSPECTOR, null, "123"));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.ADVOCATE, null, "710000000"));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.MINISTRY, DevTokens.DEMO_BIN, null));
        assertThrows(IllegalArgumentException.class, () -> tokens.mint(Roles.EMPLOYER, null, null, "850412410006"));
        assertThrows(IllegalArgumentException.class,
                () -> tokens.mint(Roles.EMPLOYER, DevTokens.DEMO_BIN, null, DevTokens.DEMO_IIN));
    }

    @Test
    void resetWipesDataButKeepsThePostgresBinaries() throws Exception {
        StackLayout layout = StackLayout.at(data);
        Files.createDirectories(layout.postgresBinaries().resolve("PG-17"));
        Files.writeString(layout.postgresBinaries().resolve("PG-17/postgres"), "binary");
        Files.createDirectories(layout.postgres());
        Files.writeString(layout.postgres().resolve("PG_VERSION"), "17");
        Files.createDirectories(layout.logs());
        Files.writeString(layout.log(RegistryService.PERMIT), "log");

        assertEquals(0, launcher(layout, new ByteArrayOutputStream()).run(new ArrayDeque<>(List.of("reset"))));

        assertTrue(Files.exists(layout.postgresBinaries().resolve("PG-17/postgres")));
        assertFalse(Files.exists(layout.postgres()));
        assertFalse(Files.exists(layout.logs()));
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, launcher(StackLayout.at(data), out).run(new ArrayDeque<>(List.of("help"))));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : List.of("up", "down", "reset", "status", "token --role", "clock", "help")) {
            assertTrue(help.contains("\n  " + command), "help lists " + command);
        }
        assertThrows(IllegalArgumentException.class,
                () -> launcher(StackLayout.at(data), out).run(new ArrayDeque<>(List.of("start"))));
    }

    @Test
    void demoDataFindsTheReferenceData() {
        String summary = new DemoData.ReferenceDataCheck()
                .run(new DemoData.Context(StackPorts.DEFAULT, java.util.Map.of()));
        assertTrue(summary.contains("20 kato-regions"), summary);
    }

    @Test
    void demoDataStepsThatNeedServicesReportFailureWithoutStoppingTheStack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Nothing listens on ports 1-4: the HTTP steps fail, are reported, and load() still returns.
        int failed = new DemoData(new PrintStream(out, true, StandardCharsets.UTF_8))
                .load(new DemoData.Context(new StackPorts(5432, 9092, 1),
                        java.util.Map.of("ministry", "t", "employer", "t")));
        assertEquals(DemoData.steps().size() - 1, failed, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("FAILED"));
    }

    @Test
    void demoDataReadsTheFieldsItNeedsFromAnAnswer() {
        String issued = """
                {"id": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "permitNumber": "LI-2026-000007", "status": "ISSUED",
                 "taxDue": {"reference": "LIT-2026-00000042", "status": "PAID"}, "validFrom": "2026-12-08"}""";
        assertEquals("ISSUED", DemoData.text(issued, "status"), "the request's own status, not its tax's");
        assertEquals("LI-2026-000007", DemoData.text(issued, "permitNumber"));
        assertEquals("LIT-2026-00000042", DemoData.text(issued, "reference"));
        assertEquals(null, DemoData.text(issued, "validTo"));
    }

    private static RegistryLauncher launcher(StackLayout layout, ByteArrayOutputStream out) {
        return new RegistryLauncher(layout, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void givesTheServicesTheTestReferenceRowsUnlessAnOperatorNamesADirectory() throws Exception {
        StackLayout checkout = StackLayout.at(data);
        assertTrue(ReferenceRows.choose(checkout, java.util.Map.of()).isEmpty(), "no rows in this checkout: none");

        Path testRows = Files.createDirectories(data.resolve("test-support").resolve("reference-for-tests"));
        ReferenceRows demo = ReferenceRows.choose(checkout, java.util.Map.of()).orElseThrow();
        assertTrue(demo.testOnly());
        assertEquals(java.util.Optional.of(testRows.toString()), demo.forServices());
        assertTrue(demo.notice().contains("TEST ROWS, NOT LAW"), demo.notice());

        ReferenceRows operator = ReferenceRows
                .choose(checkout, java.util.Map.of(ReferenceRows.ENVIRONMENT, "/etc/registry/reference")).orElseThrow();
        assertFalse(operator.testOnly());
        assertTrue(operator.forServices().isEmpty(), "the services inherit the operator's directory");
        assertFalse(operator.notice().contains("TEST ROWS"), operator.notice());
    }

    private static JwtClaims verify(DevKeys keys, String token) throws Exception {
        java.security.PublicKey publicKey = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder()
                        .decode(keys.publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
        return new JwtConsumerBuilder().setVerificationKey(publicKey).setExpectedIssuer(Tokens.ISSUER)
                .setExpectedAudience(Tokens.AUDIENCE).setRequireExpirationTime().build().processToClaims(token);
    }

}
