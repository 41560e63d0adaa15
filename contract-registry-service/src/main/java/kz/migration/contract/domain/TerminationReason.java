package kz.migration.contract.domain;

/** Why a labour contract ended, as the employer registers it. */
public enum TerminationReason {
    TERM_EXPIRED, MUTUAL_AGREEMENT, EMPLOYER_INITIATIVE, WORKER_INITIATIVE, PERMIT_ENDED, OTHER
}
