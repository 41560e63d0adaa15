package kz.migration.quota.domain;

/** {@code If-Match} against one current ETag (RFC 9110 §13.1.1), leniently: a weak tag counts as its strong one. */
final class EntityTags {

    private EntityTags() {
    }

    /** Whether any tag of the list is {@code *} or equals {@code current}; an unreadable tag matches nothing. */
    static boolean matches(String ifMatch, String current) {
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
