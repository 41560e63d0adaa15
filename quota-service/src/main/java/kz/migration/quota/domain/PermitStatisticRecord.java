package kz.migration.quota.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import kz.migration.common.domain.Sex;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.rules.Rule;

/**
 * An issued permit as the statistics count it: its quota year, region, category, the occupation's ISCO major group,
 * the worker's citizenship and sex (empty when the application did not state it) and the day it was issued. Nothing
 * that names the worker, the document or the employer.
 */
public record PermitStatisticRecord(String permitNumber, int year, String region, String category,
        Optional<Character> occupationGroup, Optional<String> citizenship, Optional<Sex> sex, LocalDate issuedOn) {

    /** A statistics dimension's label for a permit that does not state it. */
    public static final String NOT_STATED = "NOT_STATED";

    /** The statistics record of a permit issued, with its day of issue in {@code zone}. */
    @Rule("quota.statistics.quota-year")
    public static PermitStatisticRecord of(PermitIssued issued, ZoneId zone) {
        LocalDate issuedOn = LocalDate.ofInstant(issued.issuedAt(), zone);
        int year = issued.year() >= 2000 && issued.year() <= 2999
                ? issued.year()
                : (issued.validFrom() != null ? issued.validFrom() : issuedOn).getYear();
        String citizenship = issued.citizenship() == null || issued.citizenship().isBlank()
                ? null
                : issued.citizenship().strip().toUpperCase(Locale.ROOT);
        return new PermitStatisticRecord(issued.permitNumber(), year, issued.region(), issued.category(),
                occupationGroup(issued.occupationCode()), Optional.ofNullable(citizenship)
                        .filter(c -> c.length() <= 8),
                sexOf(issued.sex()), issuedOn);
    }

    /** The ISCO-08 major group of a national classifier code: its first digit (1 managers ... 9 elementary). */
    @Rule("quota.statistics.occupation-major-group")
    public static Optional<Character> occupationGroup(String occupationCode) {
        if (occupationCode == null || occupationCode.isEmpty() || occupationCode.charAt(0) < '1'
                || occupationCode.charAt(0) > '9') {
            return Optional.empty();
        }
        return Optional.of(occupationCode.charAt(0));
    }

    /** The worker's sex as stated; anything else, or nothing, is "not stated", never guessed. */
    @Rule("quota.statistics.sex-not-stated")
    public static Optional<Sex> sexOf(String stated) {
        return Sex.of(stated);
    }

    /** The label of a sex in the statistics: FEMALE, MALE or NOT_STATED. */
    public static String sexLabel(String stored) {
        return stored == null ? NOT_STATED : stored;
    }
}
