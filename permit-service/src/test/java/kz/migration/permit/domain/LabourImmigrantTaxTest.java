package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.rules.Verifies;

/** The income tax prepaid per permit month, by year and residency, from the bundled economic indicators. */
class LabourImmigrantTaxTest {

    final LabourImmigrantTax tax = new LabourImmigrantTax(EconomicIndicators.builtIn());

    @Test
    @Verifies("permit.labour-immigrant.prepaid-income-tax")
    void in2025AResidentPrepaysTwoMciAMonth() {
        // Tax Code 2017, art. 360: 2 x 3,932 tenge; not the 4 MCI (15,728) once charged in every year.
        assertEquals(new BigDecimal("7864"), tax.perMonth(2025, TaxResidency.RESIDENT));
        assertEquals(new BigDecimal("23592.00"), tax.due(2025, TaxResidency.RESIDENT, 3));
    }

    @Test
    @Verifies("permit.labour-immigrant.prepaid-income-tax")
    void from2026ANonResidentPrepaysFourMciAMonthOnFortyMciOfIncome() {
        assertEquals(new BigDecimal("17300"), tax.perMonth(2026, TaxResidency.NON_RESIDENT));
        assertEquals(new BigDecimal("207600.00"), tax.due(2026, TaxResidency.NON_RESIDENT, 12));
    }

    @Test
    @Verifies("permit.labour-immigrant.prepaid-income-tax")
    void aYearOrResidencyWithoutDataIsRefusedNotGuessed() {
        ReferenceDataMissing resident2026 = assertThrows(ReferenceDataMissing.class,
                () -> tax.due(2026, TaxResidency.RESIDENT, 1));
        assertEquals(503, resident2026.type().status());
        assertTrue(resident2026.getMessage().contains("resident in 2026"), resident2026.getMessage());
        assertEquals("RESIDENT", resident2026.toProblem().extensions().get("taxResidency"));
        assertThrows(ReferenceDataMissing.class, () -> tax.due(2025, TaxResidency.NON_RESIDENT, 1));
        assertThrows(ReferenceDataMissing.class, () -> tax.due(2027, TaxResidency.NON_RESIDENT, 1));
    }
}
