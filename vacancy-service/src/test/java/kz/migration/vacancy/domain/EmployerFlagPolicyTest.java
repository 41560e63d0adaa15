package kz.migration.vacancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

/** Which employers officers see flagged, and why. */
class EmployerFlagPolicyTest {

    private final EmployerFlagPolicy policy = new EmployerFlagPolicy(new BigDecimal("0.5"), 5);

    private static EmployerReferralRecord record(long decided, long unjustified, long overdue) {
        return new EmployerReferralRecord("180240012345", "750000000", decided, unjustified, overdue);
    }

    @Test
    @Verifies("vacancy.employer-flag.unjustified-rejections")
    void moreThanTheShareRejectedWithoutAJustifiedReasonFlagsTheEmployer() {
        assertEquals(List.of(FlagReason.UNJUSTIFIED_REJECTIONS), policy.reasons(record(5, 3, 0)));
        assertEquals(new BigDecimal("0.6000"), record(5, 3, 0).unjustifiedShare());
    }

    @Test
    @Verifies("vacancy.employer-flag.unjustified-rejections")
    void exactlyTheShareDoesNotFlag() {
        assertEquals(List.of(), policy.reasons(record(6, 3, 0)));
    }

    @Test
    @Verifies("vacancy.employer-flag.unjustified-rejections")
    void tooFewDecidedReferralsDoNotFlag() {
        assertEquals(List.of(), policy.reasons(record(4, 4, 0)));
    }

    @Test
    @Verifies("vacancy.employer-flag.unjustified-rejections")
    void theExactFractionIsComparedNotTheRoundedShare() {
        EmployerFlagPolicy third = new EmployerFlagPolicy(new BigDecimal("0.3333"), 1);
        assertEquals(new BigDecimal("0.3333"), record(3, 1, 0).unjustifiedShare());
        assertEquals(List.of(FlagReason.UNJUSTIFIED_REJECTIONS), third.reasons(record(3, 1, 0)));
    }

    @Test
    @Verifies("vacancy.employer-flag.overdue-outcomes")
    void anOverdueOutcomeFlagsTheEmployerWhateverItsShare() {
        assertEquals(List.of(FlagReason.OVERDUE_OUTCOMES), policy.reasons(record(0, 0, 1)));
        assertEquals(new BigDecimal("0.0000"), record(0, 0, 1).unjustifiedShare());
        assertEquals(List.of(FlagReason.UNJUSTIFIED_REJECTIONS, FlagReason.OVERDUE_OUTCOMES),
                policy.reasons(record(6, 4, 2)));
    }
}
