package kz.migration.contract.domain;

/** The foreign worker as the contract names them; citizenship is an ISO 3166-1 alpha-2 code. */
public record ForeignWorker(String fullName, String passportNumber, String citizenship, String iin) {
}
