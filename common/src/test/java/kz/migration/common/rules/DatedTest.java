package kz.migration.common.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatedTest {

    private final Dated<Integer> smallBusinessLimit = Dated.ofIsoKeys(Map.of("2020-01-01", 0, "2025-09-01", 20));

    @Test
    void aValueAppliesFromItsDateUntilTheNextOne() {
        assertEquals(0, smallBusinessLimit.at(LocalDate.of(2025, 8, 31)));
        assertEquals(20, smallBusinessLimit.at(LocalDate.of(2025, 9, 1)));
        assertEquals(LocalDate.of(2025, 9, 1), smallBusinessLimit.inForceSince(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aDateBeforeTheFirstValueHasNoRule() {
        assertThrows(IllegalArgumentException.class, () -> smallBusinessLimit.at(LocalDate.of(2019, 12, 31)));
    }

    @Test
    void aLaterValueCanBeAdded() {
        Dated<Integer> widened = smallBusinessLimit.andFrom(LocalDate.of(2027, 1, 1), 50);
        assertEquals(20, widened.at(LocalDate.of(2026, 12, 31)));
        assertEquals(50, widened.at(LocalDate.of(2027, 1, 1)));
    }
}
