package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything the checks before an approval look at: the application, the day, the MFA's answer, and what the
 * registry holds now on the vacancy's labour-market test, the employer's ban and its foreign workers.
 */
public record ApprovalFacts(PermitApplication application, LocalDate decidedOn, DocumentVerification document,
        StaffDeclaration staff, Optional<LabourMarketTest> labourMarketTest, Optional<Ban> ban,
        ForeignStaff foreignStaff) {
}
