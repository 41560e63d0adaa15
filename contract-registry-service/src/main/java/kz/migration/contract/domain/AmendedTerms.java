package kz.migration.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.migration.common.problem.Problem;

/** An amendment of salary, position or end date, signed on {@code signedOn}; absent fields stay as they are. */
public record AmendedTerms(LocalDate signedOn, String position, BigDecimal salary, String currency,
        LocalDate endDate) {

    public static final String POSITION = "position";
    public static final String SALARY = "salary";
    public static final String END_DATE = "endDate";

    /** Refuses an amendment that cannot apply to {@code contract} (400, every field named). */
    public void requireWellFormed(LabourContract contract, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        ContractTerms.plausible(violations, "signedOn", signedOn);
        ContractTerms.plausible(violations, END_DATE, endDate);
        if (violations.isEmpty()) {
            if (signedOn.isAfter(today)) {
                violations.add(new Problem.Violation("signedOn", "must not be in the future"));
            }
            if (signedOn.isBefore(contract.signedOn)) {
                violations.add(new Problem.Violation("signedOn", "must not be before the contract was signed"));
            }
            if (currency != null && salary == null) {
                violations.add(new Problem.Violation("currency", "may only change together with salary"));
            }
            if (endDate != null && endDate.isBefore(contract.startDate)) {
                violations.add(new Problem.Violation(END_DATE, "must not be before the contract's start date"));
            }
        }
        ContractTerms.refuse(violations);
        if (changedFields(contract).isEmpty()) {
            ContractTerms.refuse(List.of(new Problem.Violation("body",
                    "must change at least one of position, salary, endDate")));
        }
    }

    /** The fields this amendment changes on {@code contract}, in a fixed order. */
    public List<String> changedFields(LabourContract contract) {
        List<String> changed = new ArrayList<>();
        if (position != null && !position.equals(contract.position)) {
            changed.add(POSITION);
        }
        if (salary != null && (salary.compareTo(contract.salary) != 0
                || (currency != null && !currency.equals(contract.currency)))) {
            changed.add(SALARY);
        }
        if (endDate != null && !endDate.equals(contract.endDate)) {
            changed.add(END_DATE);
        }
        return changed;
    }

    /** The currency after this amendment: a new salary keeps the contract's currency unless it names another. */
    public String currencyFor(LabourContract contract) {
        return Objects.requireNonNullElse(currency, contract.currency);
    }
}
