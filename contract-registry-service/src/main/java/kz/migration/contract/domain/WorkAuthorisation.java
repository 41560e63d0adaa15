package kz.migration.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.rules.Rule;

/**
 * Whether the worker may be employed on the contract's basis: a foreign worker needs a work permit, except a citizen
 * of an EAEU member state, who works without one (EAEU Treaty, art. 97). Membership is judged on the signing date.
 */
public final class WorkAuthorisation {

    public static final String KAZAKHSTAN = "KZ";

    private final EaeuMemberStates eaeu;

    public WorkAuthorisation(EaeuMemberStates eaeu) {
        this.eaeu = Objects.requireNonNull(eaeu);
    }

    /** Every finding on the worker's right to work under {@code terms}. */
    public List<Finding> check(ContractTerms terms) {
        List<Finding> findings = new ArrayList<>();
        String citizenship = terms.worker().citizenship();
        if (isCitizen(citizenship)) {
            findings.add(Finding.of("contract.worker.foreign", ContractProblems.WORKER_NOT_FOREIGN,
                    "A citizen of Kazakhstan is not a foreign worker; the contract is not registered here"));
        } else if (needsNoPermit(citizenship, terms.signedOn())) {
            if (terms.permitNumber() != null) {
                findings.add(permitNamedForEaeuCitizen(citizenship, terms.permitNumber()));
            }
        } else if (terms.permitNumber() == null) {
            findings.add(permitRequired(citizenship, terms.signedOn()));
        }
        return findings;
    }

    /** Whether the permit the contract names decides the registration (a foreign worker outside the EAEU). */
    public boolean permitApplies(ContractTerms terms) {
        String citizenship = terms.worker().citizenship();
        return terms.permitNumber() != null && !isCitizen(citizenship)
                && !needsNoPermit(citizenship, terms.signedOn());
    }

    @Rule("contract.worker.foreign")
    static boolean isCitizen(String citizenship) {
        return KAZAKHSTAN.equals(citizenship);
    }

    /** A citizen of another EAEU member state on the signing date needs no permit. */
    @Rule("contract.eaeu.no-permit")
    public boolean needsNoPermit(String citizenship, LocalDate signedOn) {
        return !isCitizen(citizenship) && eaeu.isMember(citizenship, signedOn);
    }

    /**
     * A permit named for an EAEU citizen is refused, not ignored: the worker's right to work does not rest on it, so
     * the contract must not end with it, and no such permit is issued any more; one issued before is a mistake.
     */
    @Rule("contract.eaeu.permit-named")
    private static Finding permitNamedForEaeuCitizen(String citizenship, String permitNumber) {
        return Finding.of("contract.eaeu.permit-named", ContractProblems.EAEU_CITIZEN_NEEDS_NO_PERMIT,
                "A citizen of " + citizenship + ", an EAEU member state, works without a work permit (EAEU Treaty, "
                        + "art. 97); register the contract without permit " + permitNumber)
                .with("workerCitizenship", citizenship);
    }

    @Rule("contract.permit.required")
    private static Finding permitRequired(String citizenship, LocalDate signedOn) {
        return Finding.of("contract.permit.required", ContractProblems.PERMIT_REQUIRED,
                "A citizen of " + citizenship + " needs a work permit: " + citizenship
                        + " was not an EAEU member state on " + signedOn + "; name the permit in permitNumber")
                .with("workerCitizenship", citizenship);
    }
}
