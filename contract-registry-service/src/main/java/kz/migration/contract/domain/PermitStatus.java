package kz.migration.contract.domain;

/** Status of a permit as far as this registry knows it from permit.events; only ISSUED permits back contracts. */
public enum PermitStatus {
    ISSUED, REVOKED, EXPIRED, TERMINATED
}
