package kz.migration.contract.domain;

import java.util.ArrayList;
import java.util.List;

import kz.migration.common.rules.Rule;

/**
 * A contract on a permit must fit the permit as the permit read-model knows it (DESIGN §3 "Contracts"): issued, to
 * this employer, for this worker, region and occupation, with the contract's dates inside the permit's term; and an
 * employer's permit backs one active contract at a time. Returns every finding, in a fixed order.
 */
public final class PermitMatch {

    /**
     * Every finding on {@code permit}, the permit the contract names ({@code null} when the read-model has no permit
     * with that number). {@code backsActiveContract}: the permit already backs an active contract.
     */
    public List<Finding> check(ContractEmployer employer, ContractTerms terms, PermitView permit,
            boolean backsActiveContract) {
        List<Finding> findings = new ArrayList<>();
        if (permit == null) {
            findings.add(Finding.of("contract.permit.issued", ContractProblems.PERMIT_UNKNOWN,
                    "No permit " + terms.permitNumber() + " has been issued").with("permitNumber",
                            terms.permitNumber()));
            return findings;
        }
        issued(permit, findings);
        sameEmployer(permit, employer, findings);
        sameWorker(permit, terms.worker(), findings);
        sameRegion(permit, terms.region(), findings);
        sameOccupation(permit, terms.occupationCode(), findings);
        datesWithin(permit, terms, findings);
        endDateRequired(permit, terms, findings);
        oneActiveContract(permit, backsActiveContract, findings);
        return findings;
    }

    @Rule("contract.permit.issued")
    private static void issued(PermitView permit, List<Finding> findings) {
        if (permit.status != PermitStatus.ISSUED) {
            findings.add(Finding.of("contract.permit.issued", ContractProblems.PERMIT_NOT_ISSUED,
                    "Permit " + permit.permitNumber + " is " + permit.status).with("permitStatus",
                            permit.status.name()));
        }
    }

    /** An employer's permit is tied to its employer; a labour immigrant's own permit has none (its scope rules). */
    @Rule("contract.permit.same-employer")
    private static void sameEmployer(PermitView permit, ContractEmployer employer, List<Finding> findings) {
        if (permit.kind == PermitKind.EMPLOYER
                && (employer.individual() || !employer.id().equals(permit.employerBin))) {
            findings.add(Finding.of("contract.permit.same-employer", ContractProblems.PERMIT_OTHER_EMPLOYER,
                    "Permit " + permit.permitNumber + " was not issued to employer " + employer.id()));
        }
    }

    /** The passport the permit was issued on, of the same country (a passport number is unique per country only). */
    @Rule("contract.permit.same-worker")
    private static void sameWorker(PermitView permit, ForeignWorker worker, List<Finding> findings) {
        boolean samePassport = permit.workerDocumentNumber.equals(worker.passportNumber());
        boolean sameCountry = permit.citizenship == null || permit.citizenship.equals(worker.citizenship());
        if (!samePassport || !sameCountry) {
            findings.add(Finding.of("contract.permit.same-worker", ContractProblems.WORKER_DOCUMENT_MISMATCH,
                    "The worker's passport is not the one permit " + permit.permitNumber + " was issued on"));
        }
    }

    @Rule("contract.permit.same-region")
    private static void sameRegion(PermitView permit, String region, List<Finding> findings) {
        if (!permit.region.equals(region)) {
            findings.add(Finding.of("contract.permit.same-region", ContractProblems.PERMIT_REGION_MISMATCH,
                    "Permit " + permit.permitNumber + " is valid in region " + permit.region + ", not " + region)
                    .with("permitRegion", permit.region));
        }
    }

    /** An employer's permit names one occupation; a labour immigrant's names none (household work, its own rule). */
    @Rule("contract.permit.same-occupation")
    private static void sameOccupation(PermitView permit, String occupationCode, List<Finding> findings) {
        if (permit.occupationCode != null && !permit.occupationCode.equals(occupationCode)) {
            findings.add(Finding.of("contract.permit.same-occupation", ContractProblems.PERMIT_OCCUPATION_MISMATCH,
                    "Permit " + permit.permitNumber + " is for occupation " + permit.occupationCode + ", not "
                            + occupationCode)
                    .with("permitOccupationCode", permit.occupationCode));
        }
    }

    @Rule("contract.permit.dates-within")
    private static void datesWithin(PermitView permit, ContractTerms terms, List<Finding> findings) {
        if (!permit.covers(terms.startDate()) || (terms.endDate() != null && !permit.covers(terms.endDate()))) {
            findings.add(outsideValidity(permit));
        }
    }

    static Finding outsideValidity(PermitView permit) {
        return Finding.of("contract.permit.dates-within", ContractProblems.OUTSIDE_PERMIT_VALIDITY,
                "The contract must start and end within the permit's validity " + permit.validFrom + " to "
                        + permit.validTo)
                .with("permitValidFrom", permit.validFrom.toString())
                .with("permitValidTo", permit.validTo.toString());
    }

    /** Every permit ends, so an open-ended contract would outlive the permit it rests on. */
    @Rule("contract.permit.end-date-required")
    private static void endDateRequired(PermitView permit, ContractTerms terms, List<Finding> findings) {
        if (terms.isOpenEnded() && permit.validTo != null) {
            findings.add(Finding.of("contract.permit.end-date-required", ContractProblems.END_DATE_REQUIRED,
                    "Permit " + permit.permitNumber + " ends on " + permit.validTo
                            + "; the contract must name an end date within it")
                    .with("permitValidTo", permit.validTo.toString()));
        }
    }

    /** An employer's permit is for one job; a labour immigrant may change employers, or work for several. */
    @Rule("contract.permit.one-active-contract")
    private static void oneActiveContract(PermitView permit, boolean backsActiveContract, List<Finding> findings) {
        if (permit.kind == PermitKind.EMPLOYER && backsActiveContract) {
            findings.add(Finding.of("contract.permit.one-active-contract", ContractProblems.PERMIT_IN_USE,
                    "Permit " + permit.permitNumber
                            + " already backs an active contract; terminate it before registering another"));
        }
    }
}
