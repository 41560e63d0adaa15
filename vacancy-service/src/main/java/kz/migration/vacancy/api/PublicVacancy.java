package kz.migration.vacancy.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.WorkSchedule;

/** An open vacancy as job seekers see it: the offer, no employer identifiers, no referrals. */
@Schema(name = "PublicVacancy", example = PublicVacancy.EXAMPLE)
public record PublicVacancy(
        UUID id,
        String title,
        String occupationCode,
        String region,
        int openPositions,
        Money salary,
        Requirements requirements,
        WorkSchedule workSchedule,
        LocalDate postedOn) {

    public static final String EXAMPLE = """
            {"id": "0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10", "title": "Senior Java developer", "occupationCode": "2512",
             "region": "750000000", "openPositions": 2, "salary": {"amount": "450000.00", "currency": "KZT"},
             "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
             "workSchedule": "FULL_TIME", "postedOn": "2026-03-02"}""";

    public static PublicVacancy of(Vacancy v) {
        return new PublicVacancy(v.id, v.title, v.occupationCode, v.region, v.openPositions,
                new Money(v.salary, v.currency),
                new Requirements(v.educationLevel, v.experienceYears, v.languageList()), v.workSchedule, v.postedOn);
    }
}
