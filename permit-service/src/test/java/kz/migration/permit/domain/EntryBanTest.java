package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Verifies;

class EntryBanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    private static EntryBan ban(EntryBan.Kind kind, LocalDate until) {
        return EntryBan.record(UUID.randomUUID(), "fa7345120", "UZ", kind, until, " Court order 2-1187/2026 ",
                "police-1", TODAY, NOW);
    }

    @Test
    @Verifies("permit.entry-ban.recorded")
    void recordsABanThatRunsAtLeastThroughToday() {
        EntryBan ban = ban(EntryBan.Kind.EXPULSION, TODAY.plusYears(5));
        assertEquals("FA7345120", ban.passportNumber);
        assertEquals("Court order 2-1187/2026", ban.ground);
        assertTrue(ban.inForceOn(TODAY.plusYears(5)));
        assertEquals(TODAY, ban(EntryBan.Kind.ENTRY_BAN, TODAY).bannedUntil);
        ProblemException past = assertThrows(ProblemException.class,
                () -> ban(EntryBan.Kind.ENTRY_BAN, TODAY.minusDays(1)));
        assertEquals(400, past.type().status());
    }

    @Test
    @Verifies("permit.entry-ban.refuses-worker")
    void refusesTheWorkerOnItsNamedGroundThroughTheLastDay() {
        EntryBan shorter = ban(EntryBan.Kind.ENTRY_BAN, TODAY.plusMonths(6));
        EntryBan longer = ban(EntryBan.Kind.EXPULSION, TODAY.plusYears(5));
        Optional<Finding> finding = EntryBan.refusal(List.of(shorter, longer), "FA7345120", "UZ", TODAY);
        assertEquals(PermitRefusalGround.WORKER_ENTRY_BANNED, finding.orElseThrow().ground());
        assertEquals("permit.entry-ban.refuses-worker", finding.get().rule());
        assertEquals(TODAY.plusYears(5).toString(), finding.get().facts().get("bannedUntil"));
        assertEquals("EXPULSION", finding.get().facts().get("entryBanKind"));
        assertTrue(EntryBan.refusal(List.of(longer), "fa7345120", "UZ", TODAY.plusYears(5)).isPresent());
        assertTrue(EntryBan.refusal(List.of(longer), "FA7345120", "UZ", TODAY.plusYears(5).plusDays(1)).isEmpty());
    }

    @Test
    @Verifies("permit.entry-ban.refuses-worker")
    void anotherPassportOrCitizenshipIsNotBanned() {
        EntryBan ban = ban(EntryBan.Kind.ENTRY_BAN, TODAY.plusYears(1));
        assertTrue(EntryBan.refusal(List.of(ban), "FA7345121", "UZ", TODAY).isEmpty());
        assertTrue(EntryBan.refusal(List.of(ban), "FA7345120", "TJ", TODAY).isEmpty());
    }

    @Test
    @Verifies("permit.entry-ban.lifted-once")
    void aLiftedBanRefusesNothingAndIsLiftedOnce() {
        EntryBan ban = ban(EntryBan.Kind.ENTRY_BAN, TODAY.plusYears(1));
        ban.lift("police-2", " set aside on appeal ", NOW.plusSeconds(60));
        assertEquals("police-2", ban.liftedBy);
        assertEquals("set aside on appeal", ban.liftReason);
        assertTrue(EntryBan.refusal(List.of(ban), "FA7345120", "UZ", TODAY).isEmpty());
        ProblemException again = assertThrows(ProblemException.class,
                () -> ban.lift("police-2", "again", NOW.plusSeconds(120)));
        assertEquals(409, again.type().status());
    }
}
