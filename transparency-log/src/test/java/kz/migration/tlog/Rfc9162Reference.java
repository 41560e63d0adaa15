package kz.migration.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MTH, PATH and PROOF of RFC 9162 §2.1 written as the RFC defines them, recursively over the leaf hashes D[start:end].
 * Obviously right rather than fast (MTH is only remembered per range): the independent recomputation that the
 * store-backed {@link MerkleLog} is checked against.
 */
final class Rfc9162Reference {

    private final List<Hash> d;
    private final Map<Long, Hash> mth = new HashMap<>();

    Rfc9162Reference(List<Hash> leafHashes) {
        this.d = List.copyOf(leafHashes);
    }

    static Hash mth(List<Hash> leafHashes) {
        return new Rfc9162Reference(leafHashes).mth(0, leafHashes.size());
    }

    /** MTH(D[start:end]). */
    Hash mth(int start, int end) {
        if (end == start) {
            return MerkleHashing.emptyRoot();
        }
        if (end - start == 1) {
            return d.get(start);
        }
        long key = (long) start << 32 | end;
        Hash known = mth.get(key);
        if (known != null) {
            return known;
        }
        int k = k(end - start);
        Hash hash = MerkleHashing.nodeHash(mth(start, start + k), mth(start + k, end));
        mth.put(key, hash);
        return hash;
    }

    /** PATH(m, D[0:n]). */
    List<Hash> path(int m, int n) {
        List<Hash> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    private void path(int m, int start, int end, List<Hash> path) {
        if (end - start > 1) {
            int k = k(end - start);
            if (m < k) {
                path(m, start, start + k, path);
                path.add(mth(start + k, end));
            } else {
                path(m - k, start + k, end, path);
                path.add(mth(start, start + k));
            }
        }
    }

    /** PROOF(m, D[0:n]). */
    List<Hash> proof(int m, int n) {
        List<Hash> proof = new ArrayList<>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    private void subproof(int m, int start, int end, boolean b, List<Hash> proof) {
        int n = end - start;
        if (m == n) {
            if (!b) {
                proof.add(mth(start, end));
            }
            return;
        }
        int k = k(n);
        if (m <= k) {
            subproof(m, start, start + k, b, proof);
            proof.add(mth(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(mth(start, start + k));
        }
    }

    /** The largest power of two smaller than n, by doubling: not the production code's bit trick. */
    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
