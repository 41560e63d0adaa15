package kz.migration.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.migration.common.identifier.KatoRegions;

/**
 * Demo data, loaded once every service is UP. Each {@link Step} is one self-contained piece of the demo; to add
 * one (e.g. a vacancy posted by the demo employer once the vacancy API exists), append it to {@link #steps()}.
 * Steps run on every {@code up}, against data kept from earlier runs, so a step that creates something must be
 * idempotent: send a fixed {@code Idempotency-Key} and treat a replay as success.
 */
final class DemoData {

    /** What a step may use: the service base URLs and a signed token per role. */
    record Context(StackPorts ports, Map<String, String> tokenByRole) {
        String baseUrl(RegistryService service) {
            return ports.baseUrl(service);
        }
    }

    /** One piece of demo data; returns a short summary of what it did. */
    interface Step {
        String name();

        String run(Context context) throws Exception;
    }

    private final PrintStream out;

    DemoData(PrintStream out) {
        this.out = out;
    }

    static List<Step> steps() {
        return List.of(new ReferenceDataCheck());
    }

    /** Runs every step; a failing step is reported and does not stop the stack. Returns the number that failed. */
    int load(Context context) {
        int failed = 0;
        for (Step step : steps()) {
            try {
                out.printf("  demo data  %-22s %s%n", step.name(), step.run(context));
            } catch (Exception e) {
                failed++;
                out.printf("  demo data  %-22s FAILED: %s%n", step.name(), e.getMessage());
            }
        }
        return failed;
    }

    /**
     * The reference data the services seed from (regions, holidays, occupations, visa-free countries, quotas,
     * MCI) is on the classpath and readable: every file has its header and at least one row.
     */
    static final class ReferenceDataCheck implements Step {

        static final List<String> FILES = List.of("kato-regions.csv", "kz-public-holidays.csv",
                "occupations-sample.csv", "visa-free-countries.csv", "quota-history.csv",
                "economic-indicators.csv");

        @Override
        public String name() {
            return "reference data";
        }

        @Override
        public String run(Context context) {
            List<String> counts = new ArrayList<>();
            for (String file : FILES) {
                counts.add(rows(file) + " " + file.replace(".csv", ""));
            }
            if (!KatoRegions.isRegion(DevTokens.DEMO_REGION)) {
                throw new IllegalStateException("demo region " + DevTokens.DEMO_REGION + " not in kato-regions.csv");
            }
            return String.join(", ", counts);
        }

        static int rows(String file) {
            String resource = "/reference/" + file;
            try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String header = reader.readLine();
                if (header == null || !header.contains(",")) {
                    throw new IllegalStateException(resource + " has no CSV header");
                }
                int rows = (int) reader.lines().filter(line -> !line.isBlank()).count();
                if (rows == 0) {
                    throw new IllegalStateException(resource + " has no rows");
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
