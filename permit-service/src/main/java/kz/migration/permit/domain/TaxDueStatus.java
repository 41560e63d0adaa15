package kz.migration.permit.domain;

/** A prepaid tax: due under its reference, paid (confirmed by the payment gateway), or lapsed unpaid. */
public enum TaxDueStatus {
    DUE, PAID, LAPSED
}
