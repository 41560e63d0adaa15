package kz.migration.permit.domain;

import static kz.migration.permit.domain.Rules2025.ALMATY;
import static kz.migration.permit.domain.Rules2025.FEES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Verifies;

/** The state levy in MCI by category, seasonal by term, at the year's MCI; none for a transfer. */
class StateFeeTest {

    private static final LocalDate IN_2026 = LocalDate.of(2026, 12, 10);

    private static BigDecimal fee(PermitCategory category, int termDays, LocalDate on) {
        return FEES.amount(category, ALMATY, termDays, on).orElseThrow();
    }

    @Test
    @Verifies("permit.fee.rates")
    void seasonalPermitsPayTwelveToFortyEightMciByTerm() {
        // Government Resolution No. 819: 12/24/36/48 MCI for 90/180/270/365 days; MCI 2026 = 4,325 tenge.
        assertEquals(new BigDecimal("51900.00"), fee(PermitCategory.SEASONAL, 90, IN_2026));
        assertEquals(new BigDecimal("103800.00"), fee(PermitCategory.SEASONAL, 180, IN_2026));
        assertEquals(new BigDecimal("155700.00"), fee(PermitCategory.SEASONAL, 270, IN_2026));
        assertEquals(new BigDecimal("207600.00"), fee(PermitCategory.SEASONAL, 365, IN_2026));
    }

    @Test
    @Verifies("permit.fee.rates")
    void categoriesPayTheirMciAtTheYearsMci() {
        assertEquals(new BigDecimal("432500.00"), fee(PermitCategory.CATEGORY_1, 365, IN_2026));
        assertEquals(new BigDecimal("346000.00"), fee(PermitCategory.CATEGORY_3, 365, IN_2026));
        assertEquals(new BigDecimal("259500.00"), fee(PermitCategory.CATEGORY_4, 365, IN_2026));
    }

    @Test
    @Verifies("permit.fee.rates")
    void theAmountFollowsTheMciOfTheYearOfAssessment() {
        StateFee since2025 = new StateFee(Dated.from(LocalDate.of(2025, 1, 1), new StateFee.Schedule(
                Map.of(PermitCategory.CATEGORY_3, 80), Map.of(), Map.of())), Rules2025.INDICATORS);
        assertEquals(new BigDecimal("314560.00"), since2025.amount(PermitCategory.CATEGORY_3, ALMATY, 365,
                LocalDate.of(2025, 12, 31)).orElseThrow(), "80 x 3,932");
        assertEquals(new BigDecimal("346000.00"), since2025.amount(PermitCategory.CATEGORY_3, ALMATY, 365,
                LocalDate.of(2026, 1, 1)).orElseThrow(), "80 x 4,325");
    }

    @Test
    @Verifies("permit.fee.rates")
    void aRegionalRateOverridesTheNationalOne() {
        StateFee regional = new StateFee(Dated.from(LocalDate.of(2026, 1, 1), new StateFee.Schedule(
                Map.of(PermitCategory.CATEGORY_4, 60), Map.of(),
                Map.of(ALMATY, Map.of(PermitCategory.CATEGORY_4, 70)))),
                Rules2025.INDICATORS);
        assertEquals(new BigDecimal("302750.00"), regional.amount(PermitCategory.CATEGORY_4, ALMATY, 365, IN_2026)
                .orElseThrow());
        assertEquals(new BigDecimal("259500.00"), regional.amount(PermitCategory.CATEGORY_4, "710000000", 365,
                IN_2026).orElseThrow());
    }

    @Test
    @Verifies("permit.fee.rates")
    void aYearWithoutMciOrADateWithoutScheduleIsRefusedNotGuessed() {
        assertThrows(ReferenceDataMissing.class, () -> fee(PermitCategory.CATEGORY_3, 365, LocalDate.of(2031, 1, 5)));
        ProblemException before = assertThrows(ProblemException.class,
                () -> fee(PermitCategory.CATEGORY_3, 365, LocalDate.of(2025, 12, 31)));
        assertEquals(ReferenceDataMissing.TYPE, before.type());
        ProblemException noRate = assertThrows(ProblemException.class,
                () -> fee(PermitCategory.SEASONAL, 200, IN_2026));
        assertEquals(503, noRate.type().status());
    }

    @Test
    @Verifies("permit.ict.no-fee")
    void intraCorporateTransfersPayNothing() {
        assertFalse(StateFee.isDue(PermitCategory.INTRA_CORPORATE_TRANSFER));
        assertTrue(StateFee.isDue(PermitCategory.CATEGORY_1));
        assertTrue(FEES.amount(PermitCategory.INTRA_CORPORATE_TRANSFER, ALMATY, 1095, IN_2026).isEmpty());
    }
}
