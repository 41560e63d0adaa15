package kz.migration.vacancy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.CloseReason;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyStatus;
import kz.migration.vacancy.domain.WorkSchedule;

/** A vacancy with the state of its labour-market test. */
@Schema(name = "Vacancy", example = VacancyResponse.EXAMPLE)
public record VacancyResponse(
        UUID id,
        String employerBin,
        String title,
        String occupationCode,
        String region,
        int positions,
        int openPositions,
        int hiredCitizens,
        int filledByForeignWorkers,
        Money salary,
        Requirements requirements,
        WorkSchedule workSchedule,
        VacancyStatus status,
        CloseReason closeReason,
        Instant closedAt,
        Instant postedAt,
        LocalDate postedOn,
        @Schema(description = "Day the current search started (posting, reopening or the last material change); the 15 full calendar days are the days after it") LocalDate searchStartedOn,
        @Schema(description = "Day after the search's 15 full calendar days: the earliest day the labour-market test can pass. A referred citizen whose outcome is not recorded holds the test until it is, or until the referral's outcomeDueOn is over") LocalDate foreignLabourAllowedFrom,
        int searchRestarts,
        boolean labourMarketTestPassed,
        Instant labourMarketTestPassedAt,
        Integer passedPositions,
        long version) {

    public static final String EXAMPLE = """
            {"id": "0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10", "employerBin": "180240012345", "title": "Senior Java developer",
             "occupationCode": "2512", "region": "750000000", "positions": 2, "openPositions": 2, "hiredCitizens": 0,
             "filledByForeignWorkers": 0, "salary": {"amount": "450000.00", "currency": "KZT"},
             "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
             "workSchedule": "FULL_TIME", "status": "OPEN", "postedAt": "2026-03-02T04:15:00Z", "postedOn": "2026-03-02",
             "searchStartedOn": "2026-03-02", "foreignLabourAllowedFrom": "2026-03-18", "searchRestarts": 0,
             "labourMarketTestPassed": false, "version": 0}""";

    public static VacancyResponse of(Vacancy v) {
        return new VacancyResponse(v.id, v.employerBin, v.title, v.occupationCode, v.region, v.positions,
                v.openPositions, v.hiredCount, v.filledCount, new Money(v.salary, v.currency),
                new Requirements(v.educationLevel, v.experienceYears, v.languageList()), v.workSchedule, v.status,
                v.closeReason,
                v.closedAt, v.postedAt, v.postedOn, v.searchStartedOn, v.foreignLabourAllowedFrom, v.restartCount,
                v.testPassed(), v.testPassedAt, v.passedPositions, v.version);
    }
}
