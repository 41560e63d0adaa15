package kz.migration.common.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import kz.migration.common.reference.ReferenceDataMissing;
import kz.migration.common.reference.ReferenceFiles;
import kz.migration.common.rules.Rule;

/**
 * Kazakhstan's working days: Monday to Friday, minus public holidays and days off moved by government act, plus
 * weekend days declared working by such an act. The calendar is reference data
 * ({@code reference/kz-public-holidays.csv}, plus the rows of {@code registry.reference.dir}); deadlines such as the
 * 6-working-day review are counted here and nowhere else. A year with no holiday data is refused, not guessed.
 */
@Singleton
@Rule("calendar.working-days")
public class WorkingDayCalendar {

    static final String FILE = "kz-public-holidays.csv";

    /** Dates whose status differs from the weekday rule: true = working day, false = day off. */
    private final Map<LocalDate, Boolean> exceptions;

    /** Years the holiday data covers. */
    private final TreeSet<Integer> years;

    public WorkingDayCalendar() {
        this(ReferenceFiles.rows(FILE));
    }

    /** The holidays in the build alone, without an operator's rows: what plain tests of the rules read. */
    public static WorkingDayCalendar builtIn() {
        return parse(WorkingDayCalendar.class.getResourceAsStream("/reference/" + FILE));
    }

    /** A calendar of the holidays in {@code csv} alone (tests). */
    public static WorkingDayCalendar parse(InputStream csv) {
        return new WorkingDayCalendar(ReferenceFiles.parse(csv));
    }

    private WorkingDayCalendar(List<List<String>> rows) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        TreeSet<Integer> covered = new TreeSet<>();
        for (List<String> row : rows) {
            LocalDate date = LocalDate.parse(row.get(0));
            covered.add(date.getYear());
            switch (row.get(2)) {
                case "national", "state", "religious", "weekend-carryover" -> days.put(date, false);
                // A transfer either makes a weekday a day off or a weekend day a working day; its name says which.
                case "transfer" -> days.put(date, row.get(1).toLowerCase().startsWith("working day"));
                case "cancelled" -> days.remove(date);
                default -> throw new IllegalStateException("Unknown holiday kind in " + FILE + ": " + row);
            }
        }
        this.exceptions = Map.copyOf(days);
        this.years = covered;
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} working days after {@code start}, not counting {@code start} itself: a deadline of
     * 6 working days for an application received on {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the holiday data covers the year of {@code date}. */
    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    /** The last day of the last year the holiday data covers. */
    public LocalDate coveredThrough() {
        return years.isEmpty() ? LocalDate.MIN : LocalDate.of(years.last(), 12, 31);
    }

    public Set<Integer> coveredYears() {
        return Set.copyOf(years);
    }

    @Rule("calendar.no-guessing")
    private void requireCovered(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new ReferenceDataMissing(FILE, "public holidays for " + date.getYear() + " (needed for " + date
                    + "); it covers " + years).with("coveredYears", List.copyOf(years));
        }
    }
}
