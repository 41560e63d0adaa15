package kz.migration.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.Sex;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.rules.Verifies;

class PermitStatisticRecordTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    @Verifies("quota.statistics.occupation-major-group")
    void countsAnOccupationUnderItsIscoMajorGroup() {
        assertEquals(Optional.of('2'), PermitStatisticRecord.occupationGroup("2512"));
        assertEquals(Optional.of('9'), PermitStatisticRecord.occupationGroup("9313"));
        assertEquals(Optional.empty(), PermitStatisticRecord.occupationGroup(null));
        assertEquals(Optional.empty(), PermitStatisticRecord.occupationGroup("0110"));
    }

    @Test
    @Verifies("quota.statistics.sex-not-stated")
    void countsAMissingOrUnknownSexAsNotStated() {
        assertEquals(Optional.of(Sex.FEMALE), PermitStatisticRecord.sexOf("FEMALE"));
        assertEquals(Optional.of(Sex.MALE), PermitStatisticRecord.sexOf("male"));
        assertEquals(Optional.empty(), PermitStatisticRecord.sexOf(null));
        assertEquals(Optional.empty(), PermitStatisticRecord.sexOf("X"));
        PermitStatisticRecord record = PermitStatisticRecord.of(issued(2026, null, Instant.now()), ALMATY);
        assertEquals(Optional.empty(), record.sex());
        assertEquals("NOT_STATED", PermitStatisticRecord.sexLabel(null));
    }

    @Test
    @Verifies("quota.statistics.quota-year")
    void countsAPermitInItsQuotaYearOnTheDayOfIssueInAstana() {
        // Issued on 31 December at 20:00 UTC: already 1 January in Astana, but for the quota of the year it names.
        Instant issuedAt = Instant.parse("2026-12-31T20:00:00Z");
        PermitStatisticRecord record = PermitStatisticRecord.of(issued(2027, "FEMALE", issuedAt), ALMATY);
        assertEquals(2027, record.year());
        assertEquals(LocalDate.of(2027, 1, 1), record.issuedOn());
        assertEquals(Optional.of(Sex.FEMALE), record.sex());
        // A permit that names no year counts in the year its validity starts.
        assertEquals(2026, PermitStatisticRecord.of(issued(0, null, Instant.parse("2026-05-01T05:00:00Z")), ALMATY)
                .year());
    }

    private static PermitIssued issued(int year, String sex, Instant at) {
        return new PermitIssued("WP-2026-000001", UUID.randomUUID(), UUID.randomUUID(), null, "EMPLOYER",
                "123456789012", "750000000", "CATEGORY_3", "2512", "chn", "FA1234567", LocalDate.of(2026, 5, 1),
                LocalDate.of(2027, 4, 30), year, BigDecimal.TEN, at, sex);
    }
}
