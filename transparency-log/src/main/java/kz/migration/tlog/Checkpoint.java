package kz.migration.tlog;

import static kz.migration.tlog.VerificationException.Reason.MALFORMED_NOTE;
import static kz.migration.tlog.VerificationException.Reason.WRONG_ORIGIN;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkpoint of c2sp.org/tlog-checkpoint: the text of a signed note that commits a log, named by its origin line,
 * to its tree head.
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size, decimal, no leading zero&gt;
 * &lt;root hash, base64&gt;
 * [extension lines]
 * </pre>
 *
 * Extension lines are opaque to the format. This project uses at most one, {@code time <unix seconds>}, for the time
 * the log signed the checkpoint; see {@link #timestamped}.
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {

    private static final String TIME_EXTENSION = "time ";

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.indexOf('\n') >= 0 || !NoteText.isValidText(origin)) {
            throw new IllegalArgumentException("an origin is one non-empty line: '" + origin + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is not negative: " + size);
        }
        Objects.requireNonNull(rootHash, "rootHash");
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.indexOf('\n') >= 0 || !NoteText.isValidText(line)) {
                throw new IllegalArgumentException("an extension is one non-empty line: '" + line + "'");
            }
        }
    }

    public Checkpoint(String origin, TreeHead head) {
        this(origin, head.size(), head.root(), List.of());
    }

    /** A checkpoint that says when it was signed, in whole seconds. */
    public static Checkpoint timestamped(String origin, TreeHead head, Instant time) {
        return new Checkpoint(origin, head.size(), head.root(), List.of(TIME_EXTENSION + time.getEpochSecond()));
    }

    /** The time of a {@link #timestamped} checkpoint. */
    public Optional<Instant> time() {
        return extensions.stream().filter(line -> line.matches(TIME_EXTENSION + "[0-9]{1,18}")).findFirst()
                .map(line -> Instant.ofEpochSecond(Long.parseLong(line.substring(TIME_EXTENSION.length()))));
    }

    public TreeHead head() {
        return new TreeHead(size, rootHash);
    }

    /** The note text. */
    public String text() {
        StringBuilder text = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(rootHash.base64()).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** Reads a checkpoint text (a note's text, as {@link SignedNote.VerifiedNote#text()} gives it). */
    public static Checkpoint parse(String text) throws VerificationException {
        if (text == null || !text.endsWith("\n") || !NoteText.isValidText(text)) {
            throw malformed("a checkpoint is lines that end in a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw malformed("a checkpoint has an origin, a tree size and a root hash line");
        }
        if (lines.get(0).isEmpty()) {
            throw malformed("the origin line is empty");
        }
        String size = lines.get(1);
        if (!size.matches("0|[1-9][0-9]{0,18}")) {
            throw malformed("the tree size is a decimal number without leading zeros: '" + size + "'");
        }
        long treeSize;
        Hash root;
        try {
            treeSize = Long.parseLong(size);
            root = Hash.fromBase64(lines.get(2));
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
        List<String> extensions = lines.subList(3, lines.size());
        if (extensions.contains("")) {
            throw malformed("an extension line is empty");
        }
        return new Checkpoint(lines.get(0), treeSize, root, extensions);
    }

    /**
     * Verifies a signed checkpoint of the log {@code origin}: a trusted key signed it, and it is of that log. This is
     * the one call a verifier needs before it trusts a tree head.
     */
    public static Checkpoint open(String note, String origin, Collection<VerifierKey> trusted)
            throws VerificationException {
        Checkpoint checkpoint = parse(SignedNote.open(note, trusted).text());
        if (!checkpoint.origin.equals(origin)) {
            throw new VerificationException(WRONG_ORIGIN,
                    "a checkpoint of '" + checkpoint.origin + "', not of '" + origin + "'");
        }
        return checkpoint;
    }

    private static VerificationException malformed(String detail) {
        return new VerificationException(MALFORMED_NOTE, "malformed checkpoint: " + detail);
    }
}
