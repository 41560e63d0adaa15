package kz.migration.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

class LoadReportTest {

    private static final long T0 = 1_765_000_000_000_000L;

    @Test
    void theEndpointTableHasOneRowPerEndpointWithErrorsRetriesRateAndPercentiles() {
        EndpointStats stats = new EndpointStats();
        for (int i = 1; i <= 100; i++) {
            stats.record("GET /vacancies/{id}", T0 + i * 10_000L, i * 1_000L, 200, "ok");
        }
        stats.record("POST /contracts", T0, 20_000, 422, "retry");
        stats.record("POST /contracts", T0 + 30_000, 30_000, 500, "fail");
        stats.record("POST /contracts", T0 + 70_000, 40_000, 201, "ok");

        List<String> table = LoadReport.endpointTable("measured", stats);

        assertEquals(List.of(
                "| phase | endpoint | requests | errors (5xx / none) | retries | requests/s | p50 ms | p95 ms | p99 ms"
                        + " | max ms |",
                "|---|---|---|---|---|---|---|---|---|---|",
                // 103 requests from T0 to T0 + 1.1 s: 100 and 3 of them in 1.1 s.
                "| measured | GET /vacancies/{id} | 100 | 0 (0) | 0 | 90.9 | 50.0 | 95.0 | 99.0 | 100.0 |",
                "| measured | POST /contracts | 3 | 1 (1) | 1 | 2.7 | 30.0 | 40.0 | 40.0 | 40.0 |"), table);
    }

    @Test
    void theCpuTableGivesEachProcessItsSecondsShareAndMillisecondsPerRequestWithWrkAndATotal() {
        List<String> table = LoadReport.cpuTable(List.of(new StackCpu.Usage("permit-service", 30.0),
                new StackCpu.Usage("PostgreSQL (server and backends)", 10.0)), 10_000, 2.0, 30.0);

        int machine = Runtime.getRuntime().availableProcessors() * 30;
        assertTrue(table.contains(String.format(java.util.Locale.ROOT, "| permit-service | 30.0 | %.0f%% | 3.000 |",
                100 * 30.0 / machine)), String.join("\n", table));
        assertTrue(table.contains(String.format(java.util.Locale.ROOT, "| wrk (4 processes) | 2.0 | %.0f%% | 0.200 |",
                100 * 2.0 / machine)), String.join("\n", table));
        assertTrue(
                table.contains(String.format(java.util.Locale.ROOT, "| **all** | **42.0** | **%.0f%%** | **4.200** |",
                        100 * 42.0 / machine)),
                String.join("\n", table));
    }

    @Test
    void aProcessTreeCountsAtLeastTheProcessItself() {
        long pid = ProcessHandle.current().pid();
        long own = WrkPass.cpuTicks(pid);
        assertTrue(own > 0);
        assertTrue(StackCpu.treeTicks(pid) >= own);
    }

    @Test
    void thePlotsOfAPassAreWellFormedSvg() throws Exception {
        EndpointStats stats = new EndpointStats();
        for (int i = 0; i < 50; i++) {
            stats.record("GET /quotas/{year}/{region}/{category}", T0 + i * 100_000L, 2_000 + i, 200, "ok");
            stats.record("POST /permit-applications", T0 + i * 100_000L, 40_000 + i, 201, "ok");
        }
        for (String svg : List.of(LoadReport.latencyPlot(stats), LoadReport.endpointPlot(stats),
                LoadReport.throughputPlot(stats, stats))) {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", document.getDocumentElement().getTagName());
        }
        assertTrue(LoadReport.endpointPlot(stats).contains("POST /permit-applications p99: 40"));
    }
}
