package kz.migration.common.security;

/** The JWT {@code groups} of DESIGN.md §1. */
public final class Roles {

    public static final String EMPLOYER = "employer";
    public static final String OFFICER = "officer";
    public static final String MINISTRY = "ministry";
    public static final String MFA = "mfa";
    public static final String LABOUR_EXCHANGE = "labour-exchange";
    public static final String MIGRATION_POLICE = "migration-police";
    public static final String PAYMENT_GATEWAY = "payment-gateway";
    public static final String AUDITOR = "auditor";

    public static final java.util.List<String> ALL = java.util.List.of(EMPLOYER, OFFICER, MINISTRY, MFA,
            LABOUR_EXCHANGE, MIGRATION_POLICE, PAYMENT_GATEWAY, AUDITOR);

    private Roles() {
    }
}
