package kz.migration.vacancy.domain;

/** Whether citizens can still be referred to the vacancy. */
public enum VacancyStatus {
    OPEN, CLOSED
}
