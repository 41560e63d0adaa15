package kz.migration.tlog;

import java.util.Objects;

/** The size of the log and its root hash, MTH(D[size]). */
public record TreeHead(long size, Hash root) {

    public TreeHead {
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is not negative: " + size);
        }
        Objects.requireNonNull(root, "root");
    }
}
