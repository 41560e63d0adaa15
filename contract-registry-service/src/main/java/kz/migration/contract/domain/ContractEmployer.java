package kz.migration.contract.domain;

import java.util.Objects;

/**
 * Who registers and owns a contract: a company, identified by its BIN, or a private individual hiring for the
 * household, identified by IIN. Both are 12 digits, so the kind is part of the identity: a company whose BIN has an
 * individual's digits is another employer.
 */
public record ContractEmployer(String id, boolean individual) {

    public ContractEmployer {
        Objects.requireNonNull(id, "an employer has a BIN or an IIN");
    }

    public static ContractEmployer company(String bin) {
        return new ContractEmployer(bin, false);
    }

    public static ContractEmployer individual(String iin) {
        return new ContractEmployer(iin, true);
    }

    /** The company's BIN; null for an individual. */
    public String bin() {
        return individual ? null : id;
    }

    /** The individual's IIN; null for a company. */
    public String iin() {
        return individual ? id : null;
    }
}
