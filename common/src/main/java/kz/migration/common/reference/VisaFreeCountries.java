package kz.migration.common.reference;

import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Countries whose citizens enter Kazakhstan without a visa ({@code reference/visa-free-countries.csv}), with the
 * longest stay per entry in days. Entering without a visa is not yet a right to work: EAEU citizens need no permit at
 * all ({@link EaeuMemberStates}), and some regimes give no right to work (the file's notes say which).
 */
public final class VisaFreeCountries {

    public static final String FILE = "visa-free-countries.csv";

    /** ISO 3166-1 alpha-2 code → longest visa-free stay per entry, in days. */
    private final TreeMap<String, Integer> daysByCountry;

    private VisaFreeCountries(TreeMap<String, Integer> daysByCountry) {
        this.daysByCountry = daysByCountry;
    }

    /** The built-in file plus the rows of the configured reference directory. */
    public static VisaFreeCountries load() {
        return of(ReferenceFiles.rows(FILE));
    }

    public static VisaFreeCountries parse(InputStream csv) {
        return of(ReferenceFiles.parse(csv));
    }

    private static VisaFreeCountries of(List<List<String>> rows) {
        TreeMap<String, Integer> days = new TreeMap<>();
        rows.forEach(row -> days.put(row.get(0), Integer.parseInt(row.get(2))));
        return new VisaFreeCountries(days);
    }

    /** Whether citizens of {@code country} (alpha-2) enter without a visa. */
    public boolean contains(String country) {
        return daysByCountry.containsKey(country);
    }

    /** The longest visa-free stay per entry, in days. */
    public Optional<Integer> daysVisaFree(String country) {
        return Optional.ofNullable(daysByCountry.get(country));
    }

    /** The countries, in alphabetical order of their codes. */
    public Set<String> countries() {
        return Collections.unmodifiableNavigableSet(daysByCountry.navigableKeySet());
    }
}
