package kz.migration.common.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

/**
 * Kazakhstan's working days: Monday to Friday, minus public holidays and days off moved by government act, plus
 * weekend days declared working by such an act. The calendar is reference data
 * ({@code reference/kz-public-holidays.csv}); deadlines such as the 6-working-day review are counted here and
 * nowhere else.
 */
@Singleton
public class WorkingDayCalendar {

    private static final String REFERENCE = "/reference/kz-public-holidays.csv";

    /** Dates whose status differs from the weekday rule: true = working day, false = day off. */
    private final Map<LocalDate, Boolean> exceptions;

    public WorkingDayCalendar() {
        this(WorkingDayCalendar.class.getResourceAsStream(REFERENCE));
    }

    WorkingDayCalendar(InputStream csv) {
        this.exceptions = parse(csv);
    }

    public boolean isWorkingDay(LocalDate date) {
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

    private static Map<LocalDate, Boolean> parse(InputStream csv) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", 4);
                LocalDate date = LocalDate.parse(cells[0].trim());
                String name = cells[1].trim();
                switch (cells[2].trim()) {
                    case "national", "state", "religious", "weekend-carryover" -> exceptions.put(date, false);
                    // A transfer either makes a weekday a day off or a weekend day a working day; its name says which.
                    case "transfer" -> exceptions.put(date, name.toLowerCase().startsWith("working day"));
                    case "cancelled" -> exceptions.remove(date);
                    default -> throw new IllegalStateException("Unknown holiday kind in " + REFERENCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(exceptions);
    }
}
