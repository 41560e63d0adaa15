package kz.migration.common.security;

/** The JWT {@code groups} of DESIGN.md §1, and the inspectorate's two of inspection-service. */
public final class Roles {

    public static final String EMPLOYER = "employer";
    public static final String OFFICER = "officer";
    public static final String MINISTRY = "ministry";
    public static final String MFA = "mfa";
    public static final String LABOUR_EXCHANGE = "labour-exchange";
    public static final String MIGRATION_POLICE = "migration-police";
    public static final String PAYMENT_GATEWAY = "payment-gateway";
    public static final String AUDITOR = "auditor";
    /** A state labour inspector of one region (claim {@code region}): works that region's grievances. */
    public static final String INSPECTOR = "inspector";
    /** An NGO or trade union that files grievances on a worker's behalf, with the worker's consent. */
    public static final String ADVOCATE = "advocate";

    public static final java.util.List<String> ALL = java.util.List.of(EMPLOYER, OFFICER, MINISTRY, MFA,
            LABOUR_EXCHANGE, MIGRATION_POLICE, PAYMENT_GATEWAY, AUDITOR, INSPECTOR, ADVOCATE);

    private Roles() {
    }
}
