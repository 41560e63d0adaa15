package kz.migration.contract.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * The lifecycle of a registered contract, in one place. An ACTIVE contract ends when the employer terminates it
 * or when its permit is revoked, expires or is terminated; a contract whose permit ended may still be terminated
 * so that the registry records how the employment ended. TERMINATED is final.
 */
@Rule("contract.status.transitions")
public enum ContractStatus {
    ACTIVE, TERMINATED, PERMIT_REVOKED, PERMIT_EXPIRED, PERMIT_TERMINATED;

    private static final Map<ContractStatus, Set<ContractStatus>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(TERMINATED, PERMIT_REVOKED, PERMIT_EXPIRED, PERMIT_TERMINATED),
            PERMIT_REVOKED, EnumSet.of(TERMINATED),
            PERMIT_EXPIRED, EnumSet.of(TERMINATED),
            PERMIT_TERMINATED, EnumSet.of(TERMINATED),
            TERMINATED, EnumSet.noneOf(ContractStatus.class));

    public boolean canMoveTo(ContractStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Refuses an illegal transition with 409. */
    public ContractStatus moveTo(ContractStatus next) {
        if (!canMoveTo(next)) {
            throw ProblemException.conflict("A contract in status " + this + " cannot become " + next)
                    .with("status", name());
        }
        return next;
    }

    /** The status a contract takes when its permit reaches {@code permitStatus}. */
    public static ContractStatus afterPermit(PermitStatus permitStatus) {
        return switch (permitStatus) {
            case REVOKED -> PERMIT_REVOKED;
            case EXPIRED -> PERMIT_EXPIRED;
            case TERMINATED -> PERMIT_TERMINATED;
            case ISSUED -> ACTIVE;
        };
    }
}
