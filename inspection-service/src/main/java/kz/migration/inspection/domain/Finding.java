package kz.migration.inspection.domain;

/**
 * An inspector's finding on a case: the outcome, the legal ground it rests on (none for "not confirmed"), a note, and
 * for wages the months left unpaid (which decides whether the violation is serious).
 */
public record Finding(CaseOutcome outcome, LegalGround legalGround, String note, Integer unpaidMonths) {
}
