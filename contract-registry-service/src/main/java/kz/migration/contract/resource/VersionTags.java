package kz.migration.contract.resource;

import jakarta.ws.rs.core.EntityTag;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/** ETag = the contract's optimistic-lock version; updates must send it back in If-Match. */
final class VersionTags {

    private VersionTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version in {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}); 428 without, 412 if unreadable. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the contract you read");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.STALE_VERSION, "If-Match " + ifMatch + " is not a current ETag");
        }
    }
}
