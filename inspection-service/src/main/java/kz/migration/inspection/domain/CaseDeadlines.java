package kz.migration.inspection.domain;

import java.time.LocalDate;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.rules.Rule;

/**
 * When the inspectorate must have decided a case: a number of working days after the day it was received (not
 * counting that day), one working day for an urgent case. Working days are Kazakhstan's ({@link WorkingDayCalendar}).
 */
public record CaseDeadlines(int workingDays, int urgentWorkingDays, WorkingDayCalendar calendar) {

    public CaseDeadlines {
        if (workingDays < 1 || urgentWorkingDays < 1 || urgentWorkingDays > workingDays) {
            throw new IllegalArgumentException("deadlines must be at least one working day, the urgent one shorter");
        }
    }

    @Rule("inspection.case.deadline-working-days")
    public LocalDate dueOn(LocalDate receivedOn, boolean urgent) {
        return calendar.plusWorkingDays(receivedOn, urgent ? urgentWorkingDays : workingDays);
    }
}
