package kz.migration.contract.domain;

/** What a registry log entry records about its contract. */
public enum RegistryAction {
    REGISTERED, AMENDED, TERMINATED, WORKER_REPLACED, PERMIT_ENDED
}
