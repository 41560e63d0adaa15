package kz.migration.vacancy.repository;

import java.time.LocalDate;

import kz.migration.vacancy.domain.VacancyStatus;

/** Filters of the vacancy list; null means no filter. */
public record VacancyFilter(String employerBin, String region, String occupationCode, VacancyStatus status,
        LocalDate postedFrom, LocalDate postedTo) {
}
