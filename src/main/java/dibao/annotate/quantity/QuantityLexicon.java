package dibao.annotate.quantity;

import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quantity lexicons (units.tsv, quantity-cues.tsv, quantity-stopwords.tsv), loaded once. */
final class QuantityLexicon {

    /** A unit as written. */
    record Unit(String surface, String unit, double factor, String unitClass, String blockedBy) {
        boolean latin() {
            char c = surface.charAt(0);
            return c < 128;
        }
    }

    /** A word around a number that bounds or approximates it: {@code [start, end)} and its approx. */
    record Cue(int start, int end, String approx) {
    }

    private static volatile QuantityLexicon defaults;

    final Map<String, Unit> units = new HashMap<>();
    final int longestUnit;
    /** role -> word -> value. */
    final Map<String, Map<String, String>> cues = new HashMap<>();
    final Map<String, Integer> longestCue = new HashMap<>();
    /** role -> the last chars of its cues: most positions end no cue, and are rejected by one lookup. */
    final Map<String, String> cueLastChars = new HashMap<>();
    final List<String> stopwords = new ArrayList<>();

    private QuantityLexicon() {
        int longest = 0;
        for (String[] r : Tsv.read("units.tsv")) {
            Unit u = new Unit(r[0], r[1], Double.parseDouble(r[2]), r[3], r.length > 4 ? r[4] : "");
            units.put(u.surface(), u);
            longest = Math.max(longest, u.surface().length());
        }
        longestUnit = longest;
        for (String[] r : Tsv.read("quantity-cues.tsv")) {
            String value = r.length > 2 ? r[2] : "";
            cues.computeIfAbsent(r[1], k -> new HashMap<>()).put(r[0], value);
            longestCue.merge(r[1], r[0].length(), Math::max);
            cueLastChars.merge(r[1], r[0].substring(r[0].length() - 1), String::concat);
        }
        for (String[] r : Tsv.read("quantity-stopwords.tsv")) {
            stopwords.add(r[0]);
        }
    }

    static QuantityLexicon defaults() {
        QuantityLexicon d = defaults;
        if (d == null) {
            synchronized (QuantityLexicon.class) {
                if (defaults == null) {
                    defaults = new QuantityLexicon();
                }
                d = defaults;
            }
        }
        return d;
    }

    /** The longest unit written at {@code at}, respecting its blockers and Latin word edges, or null. */
    Unit unitAt(String text, int at) {
        for (int len = Math.min(longestUnit, text.length() - at); len >= 1; len--) {
            Unit u = units.get(text.substring(at, at + len));
            if (u == null) {
                continue;
            }
            int after = at + len;
            if (after < text.length()) {
                char next = text.charAt(after);
                if (u.blockedBy().indexOf(next) >= 0) {
                    continue;
                }
                if (u.latin() && (Character.isLetterOrDigit(next) && next < 128)) {
                    continue;
                }
            }
            return u;
        }
        return null;
    }

    /** The value of the longest cue of {@code role} ending exactly at {@code end}, with its length. */
    Map.Entry<String, String> cueEndingAt(String role, String text, int end) {
        if (end <= 0 || cueLastChars.getOrDefault(role, "").indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        Map<String, String> words = cues.getOrDefault(role, Map.of());
        int longest = longestCue.getOrDefault(role, 0);
        for (int len = Math.min(longest, end); len >= 1; len--) {
            String w = text.substring(end - len, end);
            String v = words.get(w);
            if (v != null) {
                return Map.entry(w, v);
            }
        }
        return null;
    }

    /** The longest cue of {@code role} starting at {@code start}. */
    Map.Entry<String, String> cueStartingAt(String role, String text, int start) {
        Map<String, String> words = cues.getOrDefault(role, Map.of());
        int longest = longestCue.getOrDefault(role, 0);
        for (int len = Math.min(longest, text.length() - start); len >= 1; len--) {
            String w = text.substring(start, start + len);
            String v = words.get(w);
            if (v != null) {
                return Map.entry(w, v);
            }
        }
        return null;
    }

    /**
     * The approximation or comparison word before the number at {@code numberStart} (约, 大于,
     * 不少于, ≥), or null. Inline spaces (小于 或 等于 100) and one linking verb (超过了, 至少有,
     * 最多为) may stand between the word and the number.
     */
    Cue approxBefore(String text, int numberStart) {
        int reach = longestCue.getOrDefault("before", 0) + longestCue.getOrDefault("link", 0);
        // the last non-space chars before the number, and where each is in the text
        char[] chars = new char[reach];
        int[] at = new int[reach];
        int count = 0;
        int stop = Math.max(0, numberStart - 4 * reach); // a long run of spaces is no gap between words
        for (int i = numberStart - 1; i >= stop && count < reach; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00a0') {
                continue;
            }
            chars[reach - 1 - count] = c;
            at[reach - 1 - count] = i;
            count++;
        }
        String compact = new String(chars, reach - count, count);
        int offset = reach - count;
        Cue direct = longestSuffix("before", compact, compact.length(), at, offset, numberStart);
        if (direct != null) {
            return direct;
        }
        Map<String, String> links = cues.getOrDefault("link", Map.of());
        for (int len = Math.min(longestCue.getOrDefault("link", 0), compact.length()); len >= 1; len--) {
            if (links.containsKey(compact.substring(compact.length() - len))) {
                Cue linked = longestSuffix("before", compact, compact.length() - len, at, offset, numberStart);
                if (linked != null) {
                    return linked;
                }
            }
        }
        return null;
    }

    private Cue longestSuffix(String role, String compact, int end, int[] at, int offset, int numberStart) {
        Map<String, String> words = cues.getOrDefault(role, Map.of());
        for (int len = Math.min(longestCue.getOrDefault(role, 0), end); len >= 1; len--) {
            String v = words.get(compact.substring(end - len, end));
            if (v != null) {
                return new Cue(at[offset + end - len], numberStart, v);
            }
        }
        return null;
    }

    /**
     * The approximation or bound word after a number (or its unit) ending at {@code end}: 左右, 以上,
     * and 500万元（含）以上, where the note says the bound includes the figure.
     */
    Cue approxAfter(String text, int end) {
        int i = skipInclusionNote(text, skipSpaces(text, end));
        i = skipSpaces(text, i);
        Map.Entry<String, String> c = i < text.length() ? cueStartingAt("after", text, i) : null;
        return c == null ? null : new Cue(end, i + c.getKey().length(), c.getValue());
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    /** After （含） or (含), the note of a bound that includes its figure; else {@code i}. */
    static int skipInclusionNote(String text, int i) {
        return text.startsWith("（含）", i) || text.startsWith("(含)", i) ? i + 3 : i;
    }

    /** 比三十大, 比 170 低: a comparison written around the number {@code [start, end)}, or null. */
    Cue thanAround(String text, int start, int end) {
        int b = start - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\u3000')) {
            b--;
        }
        if (b < 0 || text.charAt(b) != '比') {
            return null;
        }
        int a = end;
        while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == '\u3000')) {
            a++;
        }
        Map.Entry<String, String> c = a < text.length() ? cueStartingAt("than", text, a) : null;
        return c == null ? null : new Cue(b, a + c.getKey().length(), c.getValue());
    }

    /** The last cue of {@code role} in {@code [from, to)}: its end index and value, or null. */
    Map.Entry<Integer, String> lastCueIn(String role, String text, int from, int to) {
        for (int end = to; end > from; end--) {
            Map.Entry<String, String> c = cueEndingAt(role, text, end);
            if (c != null && end - c.getKey().length() >= from) {
                return Map.entry(end, c.getValue());
            }
        }
        return null;
    }
}
