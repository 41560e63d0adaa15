package kz.migration.common.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

/**
 * The bundled reference files (copied from the shared reference data) read as the rules need them; the built-in
 * file alone, as the test JVM's REGISTRY_REFERENCE_DIR adds test rows for later years.
 */
class ReferenceDataTest {

    @Test
    void economicIndicatorsAreReadByYear() {
        EconomicIndicators indicators = EconomicIndicators.builtIn();
        assertEquals(new BigDecimal("3932"), indicators.mci(2025));
        assertEquals(new BigDecimal("4325"), indicators.mci(2026));
        assertEquals(new BigDecimal("85000"), indicators.minimumMonthlyWage(2026));
        assertEquals(new BigDecimal("17300"),
                indicators.value("labour_immigrant_iit_prepayment_nonresident_per_month", 2026));
    }

    @Test
    void aYearWithoutDataIsRefusedNotTakenFromAnotherYear() {
        ReferenceDataMissing missing = assertThrows(ReferenceDataMissing.class,
                () -> EconomicIndicators.builtIn().minimumMonthlyWage(2027));
        assertTrue(missing.getMessage().contains("minimum_monthly_wage for 2027"), missing.getMessage());
        assertEquals(2026, EconomicIndicators.builtIn().lastYear(EconomicIndicators.MCI).getAsInt());
    }

    @Test
    @Verifies("reference.indicators-coverage-warning")
    void warnsInTheLastMonthOfTheLastYearWithAnMciAndMinimumWage() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertFalse(ReferenceDataCoverage.runningOut(LocalDate.of(2026, 12, 1), end, 30), "30 days left");
        assertTrue(ReferenceDataCoverage.runningOut(LocalDate.of(2026, 12, 2), end, 30), "29 days left");
    }

    @Test
    void quotedCellsKeepTheirCommas() {
        assertEquals(List.of("2025", "MCI", "3932", "a, b \"c\""),
                ReferenceFiles.cells("2025,MCI,3932,\"a, b \"\"c\"\"\""));
    }

    @Test
    void eaeuMembershipIsDated() {
        EaeuMemberStates eaeu = EaeuMemberStates.load();
        assertEquals(Set.of("AM", "BY", "KG", "KZ", "RU"), eaeu.members());
        assertTrue(eaeu.isMember("KG", LocalDate.of(2015, 8, 12)));
        assertFalse(eaeu.isMember("KG", LocalDate.of(2015, 8, 11)), "Kyrgyzstan joined on 12 August 2015");
        assertFalse(eaeu.isMember("UZ", LocalDate.of(2026, 1, 1)));
    }

    @Test
    void laterRowsOfAnOperatorsFileAddYears() {
        String csv = """
                year,indicator,value_kzt,note
                2027,MCI,4500,"operator's row, for a test"
                """;
        EconomicIndicators extra = EconomicIndicators
                .parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new BigDecimal("4500"), extra.mci(2027));
    }
}
