package kz.migration.common.reference;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Member states of the Eurasian Economic Union with the date each joined ({@code reference/eaeu-member-states.csv}).
 * Their citizens work in Kazakhstan without a work permit and outside every quota (EAEU Treaty, art. 97).
 */
public final class EaeuMemberStates {

    public static final String FILE = "eaeu-member-states.csv";

    /** ISO 3166-1 alpha-2 code → date of membership. */
    private final Map<String, LocalDate> memberSince;

    private EaeuMemberStates(Map<String, LocalDate> memberSince) {
        this.memberSince = Map.copyOf(memberSince);
    }

    public static EaeuMemberStates load() {
        return of(ReferenceFiles.rows(FILE));
    }

    public static EaeuMemberStates parse(InputStream csv) {
        return of(ReferenceFiles.parse(csv));
    }

    private static EaeuMemberStates of(List<List<String>> rows) {
        Map<String, LocalDate> since = new HashMap<>();
        rows.forEach(row -> since.put(row.get(0), LocalDate.parse(row.get(2))));
        return new EaeuMemberStates(since);
    }

    /** Whether {@code country} (alpha-2) is a member state on {@code date}. */
    public boolean isMember(String country, LocalDate date) {
        LocalDate since = memberSince.get(country);
        return since != null && !date.isBefore(since);
    }

    public Set<String> members() {
        return memberSince.keySet();
    }
}
