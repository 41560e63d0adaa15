package kz.migration.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * A labour contract as the employer registers it. {@code permitNumber} is absent for a citizen of an EAEU member
 * state, who needs no permit; {@code endDate} is absent for an indefinite contract. The salary is monthly.
 */
public record ContractTerms(
        ForeignWorker worker,
        String permitNumber,
        String position,
        String occupationCode,
        String region,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal salary,
        String currency,
        int weeklyHours,
        LocalDate signedOn) {

    /** Dates a contract can carry: the database and the working-day arithmetic end long before Java's last date. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Refuses terms that cannot describe a contract (400, every field named); the rules come after. */
    public void requireWellFormed(LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        plausible(violations, "startDate", startDate);
        plausible(violations, "endDate", endDate);
        plausible(violations, "signedOn", signedOn);
        if (violations.isEmpty()) {
            if (endDate != null && endDate.isBefore(startDate)) {
                violations.add(new Problem.Violation("endDate", "must not be before startDate"));
            }
            if (signedOn.isAfter(today)) {
                violations.add(new Problem.Violation("signedOn", "must not be in the future"));
            }
        }
        refuse(violations);
    }

    public boolean isOpenEnded() {
        return endDate == null;
    }

    static void plausible(List<Problem.Violation> violations, String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            violations.add(new Problem.Violation(field, "must be a date from " + EARLIEST + " to " + LATEST));
        }
    }

    static void refuse(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations.size() == 1
                    ? violations.get(0).field() + " " + violations.get(0).message()
                    : violations.size() + " fields are invalid", violations);
        }
    }
}
