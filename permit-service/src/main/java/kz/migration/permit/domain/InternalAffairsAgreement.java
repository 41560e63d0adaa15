package kz.migration.permit.domain;

/** The internal affairs bodies' answer on a request filed with the local executive body (from 13 April 2026). */
public enum InternalAffairsAgreement {
    AGREED, NOT_AGREED
}
