package dibao.facts;

import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator lexicon (indicators.tsv: canonical name and synonyms) and the part/total
 * relations between indicators (parts.tsv). Both are data a user extends.
 */
public final class IndicatorLexicon {

    private static final String[] LEADING = {"全市", "全省", "全国", "全区", "全县"};
    private static final String[] TRAILING = {"总额", "总值", "总量", "总金额", "金额", "额", "值", "数", "量"};

    private final Map<String, String> canonicalByKey = new HashMap<>();
    private final List<PartsRule> parts = new ArrayList<>();

    /** A total and the indicators that add up to it. */
    public record PartsRule(String total, List<String> parts) {
        public PartsRule {
            parts = List.copyOf(parts);
        }
    }

    IndicatorLexicon(List<String[]> indicators, List<String[]> partRows) {
        for (String[] r : indicators) {
            String canonical = r[0];
            canonicalByKey.putIfAbsent(key(canonical), canonical);
            if (r.length > 1) {
                for (String syn : r[1].split("[,，]")) {
                    if (!syn.isBlank()) {
                        canonicalByKey.putIfAbsent(key(syn.strip()), canonical);
                    }
                }
            }
        }
        for (String[] r : partRows) {
            if (r.length > 1) {
                List<String> ps = new ArrayList<>();
                for (String p : r[1].split("[,，]")) {
                    if (!p.isBlank()) {
                        ps.add(canonical(p.strip()));
                    }
                }
                parts.add(new PartsRule(canonical(r[0]), ps));
            }
        }
    }

    public static IndicatorLexicon defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final IndicatorLexicon DEFAULT = new IndicatorLexicon(Tsv.read("indicators.tsv"), Tsv.read("parts.tsv"));
    }

    /** The comparison key of an indicator: without a leading 全市/全省 and a trailing 总额/额/值/量. */
    public static String key(String indicator) {
        if (indicator == null) {
            return null;
        }
        String s = indicator.strip();
        for (String l : LEADING) {
            if (s.startsWith(l) && s.length() > l.length()) {
                s = s.substring(l.length());
                break;
            }
        }
        for (String t : TRAILING) {
            if (s.endsWith(t) && s.length() > t.length()) {
                s = s.substring(0, s.length() - t.length());
                break;
            }
        }
        return s;
    }

    /** The canonical name of an indicator, or the indicator itself when the lexicon does not know it. */
    public String canonical(String indicator) {
        if (indicator == null) {
            return null;
        }
        return canonicalByKey.getOrDefault(key(indicator), indicator);
    }

    /**
     * Whether the indicator names, or holds the name of, an indicator of the lexicon (GDP增速
     * holds GDP): one of the statistics compiled by month, quarter or year.
     */
    public boolean mentionsKnown(String indicator) {
        if (indicator == null) {
            return false;
        }
        for (String k : canonicalByKey.keySet()) {
            if (k.length() >= 2 && indicator.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two indicators name the same thing (same canonical name). */
    public boolean same(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }

    public List<PartsRule> partsRules() {
        return List.copyOf(parts);
    }
}
