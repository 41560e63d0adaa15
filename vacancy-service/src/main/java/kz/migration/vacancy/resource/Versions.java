package kz.migration.vacancy.resource;

import jakarta.ws.rs.core.EntityTag;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/** ETag and If-Match of the optimistic lock: the entity tag is the entity's version number. */
final class Versions {

    static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by If-Match: 428 without one, 400 when it is not a version of ours. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(IF_MATCH, "is not an ETag of this resource");
        }
    }
}
