package kz.migration.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Rule;

/**
 * Who may hire on a labour immigrant's own permit, and for what work: by the 2025 Rules, private individuals for work
 * in their household (seed 000: "hired without work permit only as domestic workers"). Both are dated configuration
 * ({@code contract.labour-immigrant.*}), judged on the signing date: if the law lets companies hire visa-free workers
 * (seed 000 reports such a proposal for small businesses), a new dated value says so, with no change here.
 */
public final class LabourImmigrantScope {

    /** The employers a labour-immigrant permit allows. */
    public enum Employers {
        /** Private individuals (IIN) only. */
        INDIVIDUALS,
        /** Private individuals and companies. */
        ANY_EMPLOYER
    }

    /** The work a labour-immigrant permit allows. */
    public enum Occupations {
        /** The configured household occupations ({@code registry.household-work.occupations}). */
        HOUSEHOLD,
        /** Any occupation. */
        ANY
    }

    private final Dated<Employers> employers;
    private final Dated<Occupations> occupations;
    private final Set<String> householdOccupations;

    public LabourImmigrantScope(Dated<Employers> employers, Dated<Occupations> occupations,
            Set<String> householdOccupations) {
        this.employers = Objects.requireNonNull(employers);
        this.occupations = Objects.requireNonNull(occupations);
        this.householdOccupations = new TreeSet<>(householdOccupations);
    }

    /** Every finding on a contract on a labour immigrant's permit. */
    public List<Finding> check(ContractEmployer employer, ContractTerms terms) {
        List<Finding> findings = new ArrayList<>();
        employer(employer, terms.signedOn(), findings);
        occupation(terms.occupationCode(), terms.signedOn(), findings);
        return findings;
    }

    @Rule("contract.labour-immigrant.employer-scope")
    private void employer(ContractEmployer employer, LocalDate signedOn, List<Finding> findings) {
        Employers allowed = inForce(employers, signedOn, "labour-immigrant employer scope");
        if (allowed == Employers.INDIVIDUALS && !employer.individual()) {
            findings.add(Finding.of("contract.labour-immigrant.employer-scope",
                    ContractProblems.LABOUR_IMMIGRANT_EMPLOYER,
                    "A labour-immigrant permit is for work for private individuals (employers identified by IIN); "
                            + "company " + employer.id() + " needs an employer's permit for a foreign worker")
                    .with("allowedEmployers", allowed.name()));
        }
    }

    @Rule("contract.labour-immigrant.household-occupation")
    private void occupation(String occupationCode, LocalDate signedOn, List<Finding> findings) {
        Occupations allowed = inForce(occupations, signedOn, "labour-immigrant occupation scope");
        if (allowed == Occupations.HOUSEHOLD && !householdOccupations.contains(occupationCode)) {
            findings.add(Finding.of("contract.labour-immigrant.household-occupation",
                    ContractProblems.LABOUR_IMMIGRANT_OCCUPATION,
                    "A labour-immigrant permit allows household work only; occupation " + occupationCode
                            + " is not one of " + householdOccupations)
                    .with("householdOccupations", List.copyOf(householdOccupations)));
        }
    }

    /** The value in force on {@code date}; a date before the first one has no rule and is refused, not guessed. */
    private static <T> T inForce(Dated<T> rule, LocalDate date, String what) {
        if (date.isBefore(rule.firstInForce())) {
            throw new ProblemException(ContractProblems.NO_RULE_IN_FORCE, "The registry holds no " + what
                    + " in force on " + date + "; the first applies from " + rule.firstInForce())
                    .with("firstInForce", rule.firstInForce().toString());
        }
        return rule.at(date);
    }
}
