package kz.migration.vacancy.domain;

/** How a referral ended. */
public enum ReferralOutcome {
    HIRED, REJECTED, DECLINED_BY_CANDIDATE, NO_SHOW
}
