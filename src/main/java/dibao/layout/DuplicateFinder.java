package dibao.layout;

import dibao.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds text printed twice on a page: maximal runs of at least {@link #MIN_LENGTH} non-blank chars
 * that occur earlier on the page too. White space is ignored while comparing (a copy may be laid out
 * with other line breaks). Linear time: a rolling hash of every {@link #GRAM}-char window, kept in
 * an open-addressing table of first occurrences, then each hit is extended char by char.
 */
final class DuplicateFinder {

    /** Shorter repeats are formulas (衡阳日报讯（全媒体记者 某某）3月16日), not copies. */
    static final int MIN_LENGTH = 40;
    private static final int GRAM = 20;
    private static final long BASE = 1_000_003L;

    /** One repeat: page spans of the earlier and the later copy, and the number of non-blank chars. */
    record Copy(Span earlier, Span later, int length) {
    }

    List<Copy> find(String page) {
        int n = page.length();
        char[] compact = new char[n];
        int[] index = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = page.charAt(i);
            if (!isBlank(c)) {
                compact[m] = c;
                index[m++] = i;
            }
        }
        List<Copy> out = new ArrayList<>();
        if (m < MIN_LENGTH * 2) {
            return out;
        }
        int size = Integer.highestOneBit(Math.max(16, m) * 2) * 2;
        int[] table = new int[size]; // first position + 1 of a window with this hash, 0 = empty
        long[] hashes = new long[size];
        long pow = 1;
        for (int i = 0; i < GRAM - 1; i++) {
            pow *= BASE;
        }
        long h = 0;
        for (int i = 0; i < GRAM; i++) {
            h = h * BASE + compact[i];
        }
        int p = 0;
        int runP = -1;
        int runEarlier = -1;
        int runEnd = -1;
        while (p + GRAM <= m) {
            int earlier = lookupOrAdd(table, hashes, h, p, compact);
            if (earlier >= 0 && earlier + GRAM <= p) {
                int len;
                if (p < runEnd && earlier - runEarlier == p - runP) {
                    len = runEnd - p; // inside a repeat already measured: no need to compare again
                } else {
                    len = GRAM;
                    while (p + len < m && earlier + len < p && compact[earlier + len] == compact[p + len]) {
                        len++;
                    }
                    runP = p;
                    runEarlier = earlier;
                    runEnd = p + len;
                }
                if (len >= MIN_LENGTH) {
                    out.add(new Copy(new Span(index[earlier], index[earlier + len - 1] + 1),
                            new Span(index[p], index[p + len - 1] + 1), len));
                    // skip the copy, indexing its windows so a third copy still finds the first
                    int end = p + len;
                    while (p + GRAM < m && p + 1 < end) {
                        h = (h - compact[p] * pow) * BASE + compact[p + GRAM];
                        p++;
                        lookupOrAdd(table, hashes, h, p, compact);
                    }
                }
            }
            if (p + GRAM >= m) {
                break;
            }
            h = (h - compact[p] * pow) * BASE + compact[p + GRAM];
            p++;
        }
        return out;
    }

    /** The first position of the window at {@code p} (same hash and same chars), or -1 after adding it. */
    private static int lookupOrAdd(int[] table, long[] hashes, long h, int p, char[] text) {
        int mask = table.length - 1;
        int slot = (int) (mix(h) & mask);
        while (table[slot] != 0) {
            int q = table[slot] - 1;
            if (hashes[slot] == h && Arrays.equals(text, q, q + GRAM, text, p, p + GRAM)) {
                return q;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = p + 1;
        hashes[slot] = h;
        return -1;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\uFEFF' || c == '\u00A0';
    }
}
