package kz.migration.vacancy.domain;

import kz.migration.common.rules.Rule;

/**
 * The fixed list an employer chooses from when rejecting a referred citizen. Only reasons grounded in the
 * vacancy's published requirements count as justified; the others count towards the employer's unjustified
 * rejection share that officers see.
 */
@Rule("vacancy.referral.rejection-reasons")
public enum RejectionReason {

    QUALIFICATION_MISMATCH(true), INSUFFICIENT_EXPERIENCE(true), LANGUAGE_REQUIREMENT_NOT_MET(
            true), FAILED_PROFESSIONAL_TEST(
                    true), MEDICAL_CONTRAINDICATION(true), POSITION_NO_LONGER_AVAILABLE(false), OTHER(false);

    private final boolean justified;

    RejectionReason(boolean justified) {
        this.justified = justified;
    }

    public boolean justified() {
        return justified;
    }
}
