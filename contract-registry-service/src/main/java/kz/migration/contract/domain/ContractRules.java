package kz.migration.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every rule a contract registration or amendment is judged by, each returning all its findings: the worker's right
 * to work ({@link WorkAuthorisation}), the permit ({@link PermitMatch}, {@link LabourImmigrantScope}), pay and hours
 * ({@link PayAndHours}) and the filing deadlines ({@link FilingDeadlines}). Contracts are judged by the rules in
 * force on the day they were signed.
 */
public final class ContractRules {

    private final WorkAuthorisation authorisation;
    private final PermitMatch permits = new PermitMatch();
    private final LabourImmigrantScope labourImmigrants;
    private final PayAndHours pay;
    private final FilingDeadlines deadlines;

    public ContractRules(WorkAuthorisation authorisation, LabourImmigrantScope labourImmigrants, PayAndHours pay,
            FilingDeadlines deadlines) {
        this.authorisation = Objects.requireNonNull(authorisation);
        this.labourImmigrants = Objects.requireNonNull(labourImmigrants);
        this.pay = Objects.requireNonNull(pay);
        this.deadlines = Objects.requireNonNull(deadlines);
    }

    /** Every finding against registering {@code registration}; empty when it may be registered. */
    public List<Finding> registration(Registration registration) {
        ContractTerms terms = registration.terms();
        List<Finding> findings = new ArrayList<>(authorisation.check(terms));
        PermitView permit = null;
        if (authorisation.permitApplies(terms)) {
            permit = registration.permit();
            findings.addAll(permits.check(registration.employer(), terms, permit,
                    registration.permitBacksActiveContract()));
            if (permit != null && permit.kind == PermitKind.LABOUR_IMMIGRANT) {
                findings.addAll(labourImmigrants.check(registration.employer(), terms));
            }
        }
        findings.addAll(pay.check(terms, permit));
        return findings;
    }

    /**
     * Every finding against amending {@code contract} by {@code amendment}; {@code permit} is the contract's permit
     * ({@code null} for an EAEU citizen's contract). Refuses first an amendment of a contract that is not active
     * (409) and one that cannot apply (400).
     */
    public List<Finding> amendment(LabourContract contract, AmendedTerms amendment, PermitView permit,
            LocalDate today) {
        contract.requireAmendable();
        amendment.requireWellFormed(contract, today);
        List<String> changed = amendment.changedFields(contract);
        List<Finding> findings = new ArrayList<>();
        if (changed.contains(AmendedTerms.END_DATE) && permit != null && !permit.covers(amendment.endDate())) {
            findings.add(PermitMatch.outsideValidity(permit));
        }
        if (changed.contains(AmendedTerms.SALARY)) {
            findings.addAll(pay.salary(amendment.salary(), amendment.currencyFor(contract), contract.weeklyHours,
                    amendment.signedOn(), permit));
        }
        return findings;
    }

    public boolean isLateRegistration(LocalDate signedOn, LocalDate today) {
        return deadlines.isLateRegistration(signedOn, today);
    }

    public boolean isLateAmendment(LocalDate signedOn, LocalDate today) {
        return deadlines.isLateAmendment(signedOn, today);
    }
}
