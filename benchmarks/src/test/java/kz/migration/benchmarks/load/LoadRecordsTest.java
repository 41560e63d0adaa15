package kz.migration.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadRecordsTest {

    private static final long T0 = 1_765_000_000_000_000L;

    @Test
    void recordFilesBecomeHistogramsPerEndpointWithFailuresRetriesAndEvents(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("journeys-0.tsv"), String.join("\n",
                "POST /permit-applications\t" + T0 + "\t12000\t201\tok",
                "GET /document-verifications\t" + (T0 + 20_000) + "\t3000\t200\tretry",
                "GET /document-verifications\t" + (T0 + 50_000) + "\t5000\t200\tok",
                "POST /permit-applications/{id}/fee-payment\t" + (T0 + 1_100_000) + "\t40000\t200\tok",
                "#permit\tWP-2026-000007\tL12345678\t2026-12-20\t2027-12-19\t0\t" + (T0 + 1_140_000),
                "POST /permit-applications\t" + (T0 + 1_200_000) + "\t9000\t503\tfail",
                "#failure\tsubmit\t503\tservice unavailable",
                "#refused\tsome-id",
                "#end\t5\t3", ""));
        Files.writeString(dir.resolve("quota-reads-1.tsv"), String.join("\n",
                "GET /quotas/{year}/{region}/{category}\t" + (T0 + 1_150_000) + "\t2000\t200\tok\t41",
                "GET /quotas/{year}/{region}/{category}\t" + (T0 + 2_000_000) + "\t2000\t200\tok\t42",
                "GET /quotas/{year}/{region}/{category}\t" + (T0 + 2_100_000) + "\t2000\t200\tok\t42",
                // A line cut short when the thread stopped is skipped.
                "GET /quotas/{year}/{reg", ""));
        Files.writeString(dir.resolve("journeys.settings"), "not a record file\n");

        LoadRecords records = LoadRecords.read(dir);

        EndpointStats stats = records.stats;
        assertEquals(8, stats.requests());
        assertEquals(Map.of("journeys", 5L, "quota-reads", 3L), records.requestsByProcess);
        Map<String, EndpointStats.Totals> totals = stats.totals();
        assertEquals(List.of("GET /document-verifications", "GET /quotas/{year}/{region}/{category}",
                "POST /permit-applications", "POST /permit-applications/{id}/fee-payment"),
                List.copyOf(totals.keySet()));
        EndpointStats.Totals submit = totals.get("POST /permit-applications");
        assertEquals(2, submit.latency().getTotalCount());
        assertEquals(1, submit.failures());
        assertEquals(1, submit.serverErrors());
        assertEquals(12000, submit.latency().getValueAtPercentile(100), 12000 * 0.001);
        assertEquals(1, totals.get("GET /document-verifications").retries());
        assertEquals(0, totals.get("GET /document-verifications").failures());
        // From the first start to the last answer: T0 .. T0 + 2.102 s.
        assertEquals(2.102, stats.seconds(), 1e-9);
        assertEquals(8 / 2.102, stats.requestsPerSecond(), 1e-9);
        // The pass's deadline at T0 + 1 s: the requests started before it, over the time up to it.
        assertEquals(3, stats.startedBefore(T0 + 1_000_000));
        assertEquals(1.0, stats.secondsUntil(T0 + 1_000_000), 1e-9);
        List<EndpointStats.Second> seconds = stats.perSecond();
        assertEquals(List.of(3L, 3L, 2L), seconds.stream().map(EndpointStats.Second::requests).toList());

        assertEquals(List.of(new LoadRecords.IssuedPermit("WP-2026-000007", "L12345678", "2026-12-20", "2027-12-19",
                0, T0 + 1_140_000)), records.permits);
        assertEquals(1, records.refused);
        assertEquals(1, records.failures);
        assertEquals(List.of("journeys thread 0: submit 503 service unavailable"), records.failureSamples);
        assertEquals(Map.of("journeys", Map.of(0, List.of("5", "3"))), records.ends);
        assertEquals(1, records.threadsEnded());
        assertEquals(List.of(new LoadRecords.Sample(T0 + 1_152_000, 41), new LoadRecords.Sample(T0 + 2_002_000, 42),
                new LoadRecords.Sample(T0 + 2_102_000, 42)), records.samples);
    }

    @Test
    void aPermitIsVisibleAtTheFirstReadAfterItsIssueThatCountsIt() {
        List<LoadRecords.IssuedPermit> permits = List.of(permit(1_000), permit(2_000), permit(2_500));
        List<LoadRecords.Sample> samples = List.of(
                new LoadRecords.Sample(900, 11), // before the first issue: counts nothing
                new LoadRecords.Sample(1_300, 10), // after it, but not showing it yet
                new LoadRecords.Sample(1_700, 11), // the first permit: 700 µs
                new LoadRecords.Sample(2_600, 12), // the second (600 µs), not the third
                new LoadRecords.Sample(4_000, 13)); // the third: 1,500 µs
        assertEquals(List.of(700L, 600L, 1_500L), LoadRecords.visibility(permits, samples, 10));
        // A permit no read showed is left out, and so are the ones after it.
        assertEquals(List.of(700L, 600L), LoadRecords.visibility(permits, samples.subList(0, 4), 10));
    }

    @Test
    void anUnknownEventIsRefused() {
        LoadRecords records = new LoadRecords();
        assertThrows(IllegalArgumentException.class, () -> records.add("journeys-0.tsv",
                new BufferedReader(new StringReader("#surprise\t1\n"))));
        assertThrows(IllegalArgumentException.class, () -> records.add("journeys.tsv",
                new BufferedReader(new StringReader(""))));
    }

    private static LoadRecords.IssuedPermit permit(long issuedAt) {
        return new LoadRecords.IssuedPermit("WP", "L", "2026-12-20", "2027-12-19", 0, issuedAt);
    }
}
