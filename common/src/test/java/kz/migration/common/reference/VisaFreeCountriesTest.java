package kz.migration.common.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The visa-free countries of the bundled reference data, as the labour-immigrant rules read them. */
class VisaFreeCountriesTest {

    @Test
    void theBundledFileListsThirteenCountriesWithTheirLongestStay() {
        VisaFreeCountries countries = VisaFreeCountries.load();
        assertEquals(Set.of("AM", "AZ", "BY", "CN", "GE", "KG", "MD", "MN", "RU", "TJ", "TR", "UA", "UZ"),
                countries.countries());
        assertEquals(Optional.of(30), countries.daysVisaFree("UZ"));
        assertEquals(Optional.of(90), countries.daysVisaFree("TJ"));
        assertTrue(countries.contains("CN"), "China is visa-free, though its regime gives no right to work");
        assertFalse(countries.contains("IN"));
        assertThrows(UnsupportedOperationException.class, () -> countries.countries().remove("UZ"));
    }

    @Test
    void quotedNotesWithCommasDoNotShiftTheColumns() {
        String csv = """
                iso_alpha2,country,days_visa_free,note
                UZ,Uzbekistan,30,"30 days per entry, 90 within 180"
                """;
        VisaFreeCountries countries = VisaFreeCountries.parse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("UZ"), countries.countries());
        assertEquals(Optional.of(30), countries.daysVisaFree("UZ"));
    }
}
