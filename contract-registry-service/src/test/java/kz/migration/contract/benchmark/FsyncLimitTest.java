package kz.migration.contract.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class FsyncLimitTest {

    @Test
    void readsTheFdatasyncRateOfOneEightKilobyteWrite() {
        String output = """
                5 seconds per test
                O_DIRECT supported on this platform for open_datasync and open_sync.

                Compare file sync methods using one 8kB write:
                (in "wal_sync_method" preference order, except fdatasync is Linux's default)
                        open_datasync                      1021.310 ops/sec     979 usecs/op
                        fdatasync                          1180.457 ops/sec     847 usecs/op
                        fsync                               870.120 ops/sec    1149 usecs/op

                Compare file sync methods using two 8kB writes:
                        fdatasync                           650.000 ops/sec    1538 usecs/op
                """;

        assertEquals(OptionalDouble.of(1180.457), FsyncLimit.parse(output));
        assertTrue(FsyncLimit.parse("pg_test_fsync: command not found").isEmpty());
    }
}
