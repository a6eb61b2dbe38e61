package dibao.annotate.quantity;

import dibao.annotate.quantity.QuantityLexicon.Cue;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare numbers of a text with the bounds written around them, in FORMAT.md's terms: each number
 * carries its approx (大于10 is 10 over, 不少于20 is 20 at_least, 小于等于35 is 35 at_most, 五百以上 is
 * 500 at_least, 比三十大 is 30 over, 十几万 is 100000 over), and a range (20到30, 20和30之间, 20~100)
 * is one bound per end, both marked {@code range}. Two bounds that close an interval (大于10小于20)
 * stay two numbers, as two quantities would. This is the bare-number counterpart of
 * {@link QuantityExtractor}, which reads the same words (quantity-cues.tsv) around numbers with units.
 */
public final class NumberBounds {

    /** One number with its comparison words: {@code [start, end)} covers both. */
    public record Bound(int start, int end, double value, String approx, boolean range) {
    }

    /** Words that join the two ends of a range: 20到30, 20~30, 20 - 30. */
    private static final String CONNECTORS = "到至~～〜-－–—";
    /** Words that pair two numbers before 之间: 20和30之间, 10000与20000间. */
    private static final String PAIRS = "和与跟及同";

    private NumberBounds() {
    }

    public static List<Bound> find(String text) {
        QuantityLexicon lex = QuantityLexicon.defaults();
        List<Numbers.Mention> mentions = Numbers.find(text);
        List<Bound> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Numbers.Mention m = mentions.get(k);
            Numbers.Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            int rangeEnd = next == null ? -1 : rangeEnd(text, lex, m, next);
            if (rangeEnd >= 0) {
                Cue before = lex.approxBefore(text, m.start());
                boolean about = before != null && before.approx().equals("about");
                out.add(new Bound(about ? before.start() : m.start(), m.end(), m.value(), about ? "about" : null, true));
                out.add(new Bound(next.start(), rangeEnd, next.value(), null, true));
                k++;
                continue;
            }
            out.add(bound(text, lex, m));
        }
        return out;
    }

    /** A single number and the word that bounds it; the word after wins, as in QuantityExtractor. */
    private static Bound bound(String text, QuantityLexicon lex, Numbers.Mention m) {
        int unitEnd = m.end();
        QuantityLexicon.Unit unit = unitEnd < text.length() ? lex.unitAt(text, unitEnd) : null;
        Cue after = lex.approxAfter(text, m.end());
        if (after == null && unit != null) {
            after = lex.approxAfter(text, m.end() + unit.surface().length()); // 20万次以上
        }
        if (after != null) {
            return new Bound(m.start(), after.end(), m.value(), after.approx(), false);
        }
        if (m.approx() != null) {
            return new Bound(m.start(), m.end(), m.value(), m.approx(), false);
        }
        Cue than = lex.thanAround(text, m.start(), m.end());
        if (than != null) {
            return new Bound(than.start(), than.end(), m.value(), than.approx(), false);
        }
        Cue before = lex.approxBefore(text, m.start());
        if (before != null) {
            return new Bound(before.start(), m.end(), m.value(), before.approx(), false);
        }
        var bare = ChineseNumerals.isMagnitude(text.charAt(m.start())) ? lex.cueEndingAt("bare", text, m.start()) : null;
        if (bare != null) {
            // 上万, 近亿, 过百万, 数十万: the words that bound a numeral that starts with its unit
            return new Bound(m.start() - bare.getKey().length(), m.end(), m.value(), bare.getValue(), false);
        }
        return new Bound(m.start(), m.end(), m.value(), null, false);
    }

    /**
     * Where the range made of {@code first} and {@code second} ends, or -1 when they are no range:
     * joined by a connector (20到30, 20 - 30), or paired and closed by 之间 (20和30之间, 在第十和第十五之间).
     */
    private static int rangeEnd(String text, QuantityLexicon lex, Numbers.Mention first, Numbers.Mention second) {
        String between = compact(text.substring(first.end(), second.start()));
        if (between.endsWith("第")) {
            between = between.substring(0, between.length() - 1);
        }
        if (between.length() == 1 && CONNECTORS.indexOf(between.charAt(0)) >= 0
                || between.equals("——")) {
            return second.end();
        }
        if (between.length() == 1 && PAIRS.indexOf(between.charAt(0)) >= 0) {
            int i = second.end();
            QuantityLexicon.Unit unit = i < text.length() ? lex.unitAt(text, i) : null;
            if (unit != null) {
                i += unit.surface().length();
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
                i++;
            }
            if (text.startsWith("之间", i)) {
                return i + 2;
            }
            if (text.startsWith("间", i)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
