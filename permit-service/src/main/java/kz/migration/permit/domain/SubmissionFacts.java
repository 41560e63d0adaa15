package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import kz.migration.common.domain.PermitCategory;

/**
 * Everything the submission checks look at: the application as submitted, the day, and what the registry holds on
 * the employer, the vacancy and the worker.
 *
 * @param labourMarketTest the vacancy's labour-market test read-model, whoever the employer
 * @param liveForWorker the worker's application on the vacancy that is in progress or issued
 * @param positionsHeld the applications holding a position of the vacancy
 */
public record SubmissionFacts(String employerBin, LocalDate submittedOn, UUID vacancyId, PermitCategory category,
        String region,
        String occupationCode, int termDays, LocalDate startDate, BigDecimal salary, String citizenship,
        LocalDate passportExpiry, StaffDeclaration staff, Optional<LabourMarketTest> labourMarketTest,
        Optional<Ban> ban, Optional<PermitApplication> liveForWorker, long positionsHeld, ForeignStaff foreignStaff) {
}
