package kz.migration.permit.domain;

/** The local executive body's decision on a labour-immigrant permit request (from 13 April 2026). */
public enum LocalExecutiveDecision {
    APPROVED, REFUSED
}
