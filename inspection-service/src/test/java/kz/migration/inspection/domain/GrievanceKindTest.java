package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class GrievanceKindTest {

    private static Set<GrievanceKind> where(java.util.function.Predicate<GrievanceKind> test) {
        return Stream.of(GrievanceKind.values()).filter(test).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(GrievanceKind.class)));
    }

    @Test
    @Verifies("inspection.grievance.kinds")
    void theKindsAreTheSeedsViolationsTheRecruitmentFeeAndOther() {
        assertEquals(EnumSet.of(GrievanceKind.PASSPORT_WITHHELD, GrievanceKind.WAGES_UNPAID_OR_LATE,
                GrievanceKind.TERMS_DIFFER_FROM_CONTRACT, GrievanceKind.NO_CONTRACT_GIVEN,
                GrievanceKind.EXCESSIVE_HOURS, GrievanceKind.THREAT_OR_FORCED_LABOUR,
                GrievanceKind.RECRUITMENT_FEE_CHARGED, GrievanceKind.OTHER), EnumSet.allOf(GrievanceKind.class));
    }

    @Test
    @Verifies("inspection.case.urgent-kinds")
    void onlyThreatOrForcedLabourIsUrgent() {
        assertEquals(EnumSet.of(GrievanceKind.THREAT_OR_FORCED_LABOUR), where(GrievanceKind::urgent));
    }

    @Test
    @Verifies("inspection.hold.wages-or-passport")
    void onlyWagesAndPassportCasesHoldTerminations() {
        assertEquals(EnumSet.of(GrievanceKind.WAGES_UNPAID_OR_LATE, GrievanceKind.PASSPORT_WITHHELD),
                where(GrievanceKind::holdsTermination));
    }

    @Test
    @Verifies("inspection.register.agency-counts-recruitment-fee")
    void onlyARecruitmentFeeCountsAgainstTheAgency() {
        assertEquals(EnumSet.of(GrievanceKind.RECRUITMENT_FEE_CHARGED), where(GrievanceKind::countsAgainstAgency));
    }
}
