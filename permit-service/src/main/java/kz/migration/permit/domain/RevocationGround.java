package kz.migration.permit.domain;

/** Why an officer revoked a permit; every revocation bans the employer for the configured period. */
public enum RevocationGround {
    FORGED_DOCUMENTS, LABOUR_LAW_VIOLATION, WORKER_NOT_EMPLOYED, EMPLOYER_LIQUIDATED
}
