package kz.migration.inspection.domain;

/**
 * The employment a grievance is about, as the read-models know it: the contract and/or permit, the employer (a
 * company's BIN or a private individual's IIN), the region and the worker's passport. Found from the contract or
 * permit number and the passport the worker gives; an unknown pair is never told apart from an unknown number.
 */
public record WorkerEmployment(String contractNumber, String permitNumber, String employerBin, String employerIin,
        String region, String workerDocumentNumber, String recruitmentAgencyBin) {

    public String employerId() {
        return employerBin != null ? employerBin : employerIin;
    }
}
