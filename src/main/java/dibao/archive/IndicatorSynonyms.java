package dibao.archive;

import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of names for one indicator (canonical, synonyms...), read from the statistics stage's
 * lexicon {@code indicators.tsv} (canonical TAB synonyms, comma-separated; user-extendable like
 * every lexicon). A query for one name of a group matches all of them.
 */
final class IndicatorSynonyms {

    private final List<Set<String>> groups = new ArrayList<>();

    IndicatorSynonyms(List<String[]> rows) {
        for (String[] r : rows) {
            Set<String> g = new LinkedHashSet<>();
            for (String cell : r) {
                for (String s : cell.split("[|,，、;；]")) {   // a cell may list several names
                    if (!s.isBlank()) {
                        g.add(s.strip());
                    }
                }
            }
            if (!g.isEmpty()) {
                groups.add(g);
            }
        }
    }

    static IndicatorSynonyms defaults() {
        List<String[]> rows = new ArrayList<>();
        for (String name : new String[] {"indicators.tsv"}) {
            if (IndicatorSynonyms.class.getResource("/dibao/lexicon/" + name) != null) {
                rows.addAll(Tsv.read(name));
            }
        }
        return new IndicatorSynonyms(rows);
    }

    /** The name and every name sharing a group with it (itself first). */
    Set<String> expand(String indicator) {
        Set<String> out = new LinkedHashSet<>();
        out.add(indicator);
        for (Set<String> g : groups) {
            if (g.contains(indicator)) {
                out.addAll(g);
            }
        }
        return out;
    }
}
