package dibao.facts;

import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cue words of indicator_cues.tsv, by class, longest first so that 同比增长 wins over 增长. */
final class Cues {

    private final Map<String, List<String>> byClass = new HashMap<>();

    Cues(List<String[]> rows) {
        for (String[] r : rows) {
            if (r.length >= 2 && !r[1].isEmpty()) {
                byClass.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            }
        }
        byClass.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    static Cues defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final Cues DEFAULT = new Cues(Tsv.read("indicator_cues.tsv"));
    }

    List<String> of(String cls) {
        return byClass.getOrDefault(cls, List.of());
    }

    /** The longest word of the class {@code s} starts with, or null. */
    String prefix(String cls, String s) {
        for (String w : of(cls)) {
            if (s.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of the class {@code s} ends with, or null. */
    String suffix(String cls, String s) {
        for (String w : of(cls)) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    boolean contains(String cls, String s) {
        for (String w : of(cls)) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean is(String cls, String s) {
        return of(cls).contains(s);
    }
}
