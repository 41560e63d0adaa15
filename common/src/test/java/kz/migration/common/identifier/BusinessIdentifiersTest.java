package kz.migration.common.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

@Verifies("identifier.iin-bin-check-digit")
class BusinessIdentifiersTest {

    @Test
    void acceptsANumberWhoseCheckDigitComesFromTheFirstPass() {
        // 2·1+9·2+1·3+4·4+1·5+7·6+7·7+7·8+6·9+3·10+1·11 = 286 = 26·11, so the check digit is 0.
        assertTrue(BusinessIdentifiers.isValid("291417776310"));
        assertFalse(BusinessIdentifiers.isValid("291417776311"));
    }

    @Test
    void usesTheSecondWeightsWhenTheFirstPassGivesTen() {
        // First pass: 274 mod 11 = 10; second pass with weights 3..11,1,2: 286 mod 11 = 0.
        assertTrue(BusinessIdentifiers.isValid("377835337400"));
        assertEquals(0, BusinessIdentifiers.checkDigit("37783533740"));
    }

    @Test
    void refusesEveryNumberWhoseSecondPassAlsoGivesTen() {
        assertEquals(-1, BusinessIdentifiers.checkDigit("06870986119"));
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(BusinessIdentifiers.isValid("06870986119" + digit));
        }
        assertThrows(IllegalArgumentException.class, () -> BusinessIdentifiers.withCheckDigit("06870986119"));
    }

    @Test
    void refusesWrongLengthsAndNonDigits() {
        assertFalse(BusinessIdentifiers.isValid(null));
        assertFalse(BusinessIdentifiers.isValid("29141777631"));
        assertFalse(BusinessIdentifiers.isValid("2914177763100"));
        assertFalse(BusinessIdentifiers.isValid("29141777631O"));
        assertFalse(BusinessIdentifiers.isValid("２９１４１７７７６３１０"));
    }

    @Test
    void knowsTheRegionsOfTheReferenceData() {
        assertTrue(KatoRegions.isRegion("750000000"), "Almaty");
        assertTrue(KatoRegions.isRegion("710000000"), "Astana");
        assertFalse(KatoRegions.isRegion("750000001"));
        assertEquals(20, KatoRegions.all().size(), "17 regions and 3 cities of republican significance");
    }
}
