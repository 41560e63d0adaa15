package kz.migration.tlog;

/** The character rules of c2sp.org/signed-note, shared by notes, key names and checkpoints. */
final class NoteText {

    static final String SIGNATURE_PREFIX = "\u2014 ";

    private NoteText() {
    }

    /** Valid UTF-8 (no lone surrogate) without ASCII control characters other than newline. */
    static boolean isValidText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A key name is not empty and has no Unicode space and no plus. */
    static boolean isValidKeyName(String name) {
        if (name == null || name.isEmpty() || !isValidText(name) || name.indexOf('+') >= 0) {
            return false;
        }
        return name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
