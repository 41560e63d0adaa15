package kz.migration.common.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    /** The change was made (recorded in its transaction). */
    SUCCESS,
    /** Personal data was read. */
    READ,
    /** The request was malformed (400). */
    INVALID,
    /** The record does not exist (404). */
    NOT_FOUND,
    /** The caller may not: a role refused (403) or another owner's record (404 to the caller). */
    DENIED,
    /** A business rule or a precondition refused it (409, 412, 422, 428...). */
    REFUSED,
    /** An unexpected error (5xx). */
    FAILED;

    /** The outcome of an attempt answered with {@code status}. */
    public static AuditOutcome ofStatus(int status) {
        if (status == 400) {
            return INVALID;
        }
        if (status == 403) {
            return DENIED;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        return status >= 500 ? FAILED : REFUSED;
    }
}
