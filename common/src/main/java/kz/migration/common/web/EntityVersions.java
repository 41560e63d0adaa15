package kz.migration.common.web;

import jakarta.ws.rs.core.EntityTag;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * Optimistic locking over HTTP: the {@code ETag} of a resource is its entity version, and an update must send it
 * back in {@code If-Match}. Missing header: 428; unreadable: 400; the caller compares the version and answers 412
 * when it is stale.
 */
public final class EntityVersions {

    public static final String IF_MATCH = "If-Match";

    private EntityVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}). */
    public static long required(String ifMatch) {
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
