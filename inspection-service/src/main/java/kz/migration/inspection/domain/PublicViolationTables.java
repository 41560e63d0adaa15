package kz.migration.inspection.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.rules.Rule;
import kz.migration.common.statistics.CountTable;
import kz.migration.common.statistics.MonthEndPublication;
import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.TableChain;

/**
 * The violation statistics the public sees: the confirmed violations of a year by month, kind and region (seed 001's
 * typology), as two tables of the same violations linked in a chain (month × kind, kind × region: the first table's
 * columns are the second one's rows), as of the end of the last full month, with small cells suppressed over both
 * at once by common's {@link SmallCellSuppression}.
 */
public final class PublicViolationTables {

    /** Violations of one month, kind and region. */
    public record ViolationCount(YearMonth month, GrievanceKind kind, String region, long violations) {
    }

    private PublicViolationTables() {
    }

    /**
     * The last day the public figures of {@code year} count: the end of the last full month before {@code today}, or
     * the year's last day once it is over; empty while the year has no full month behind it. The figures then change
     * once a month, not with each confirmed violation.
     */
    @Rule("inspection.statistics.public-month-end")
    public static Optional<LocalDate> asOf(int year, LocalDate today) {
        return MonthEndPublication.lastDayCounted(year, today);
    }

    /**
     * The two linked tables up to {@code asOf}: every month of the year up to asOf's (a later month would be known
     * to be empty, and a figure known to be 0 protects nobody), every kind, and every region of the classifier, with
     * or without violations; a region outside it would be listed after them.
     */
    @Rule("inspection.statistics.public-tables")
    public static TableChain chain(LocalDate asOf, List<ViolationCount> counts) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(asOf.getYear(), 1); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        List<String> kinds = Arrays.stream(GrievanceKind.values()).map(Enum::name).toList();
        List<String> regions = new ArrayList<>(KatoRegions.all().keySet());
        TreeSet<String> others = new TreeSet<>();
        counts.stream().map(ViolationCount::region).filter(r -> !regions.contains(r)).forEach(others::add);
        regions.addAll(others);
        long[][] monthByKind = new long[months.size()][kinds.size()];
        long[][] kindByRegion = new long[kinds.size()][regions.size()];
        for (ViolationCount count : counts) {
            int month = months.indexOf(count.month().toString());
            if (month < 0) {
                continue;
            }
            int kind = count.kind().ordinal();
            monthByKind[month][kind] += count.violations();
            kindByRegion[kind][regions.indexOf(count.region())] += count.violations();
        }
        return TableChain.of(
                new CountTable("violationsByMonthAndKind", "month", months, "kind", kinds, monthByKind),
                new CountTable("violationsByKindAndRegion", "kind", kinds, "region", regions, kindByRegion));
    }

    /**
     * The tables as published: every count under 5, zero included, shown as "&lt;5", and enough other figures (totals
     * too) hidden as "x" that none is recoverable; withheld whole where no such pattern exists.
     */
    @Rule("inspection.statistics.small-cell-suppression")
    @Rule("inspection.statistics.complementary-suppression")
    public static SuppressedChain publish(LocalDate asOf, List<ViolationCount> counts) {
        return new SmallCellSuppression().apply(chain(asOf, counts));
    }
}
