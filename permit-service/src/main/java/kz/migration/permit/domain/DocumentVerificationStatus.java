package kz.migration.permit.domain;

/** The MFA's answer on an education document: pending until the MFA confirms or rejects it. */
public enum DocumentVerificationStatus {
    PENDING, CONFIRMED, REJECTED
}
