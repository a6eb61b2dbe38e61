package dibao.annotate.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * The bare numbers of a text, before any unit is looked for: what the peer suites call "number"
 * (dibao itself never reports a number without a unit as a quantity). Besides plain numerals this
 * reads the forms that make one number of several: fractions (三分之一 is 1/3, 3/4, 3又一千分之23),
 * 百分之五 (5, the percent word dropped), an approximate magnitude (十几万 is over 100000, 三十万多亿
 * over 3e13) and 兆 as 10^12 inside a numeral (五兆六十二亿).
 */
public final class Numbers {

    /**
     * One number as written: {@code [start, end)}, its value, and {@code over} when an approximation
     * word is inside it (一千多万, 五百余) or null.
     */
    public record Mention(int start, int end, double value, String approx) {
        public Mention(int start, int end, double value) {
            this(start, end, value, null);
        }
    }

    /** One scanned number with its sign read. */
    private record Item(int start, int end, double value, boolean bareMagnitude, boolean chinese) {
    }

    private Numbers() {
    }

    public static List<Mention> find(String text) {
        QuantityLexicon lex = QuantityLexicon.defaults();
        NumberScanner scanner = new NumberScanner(at -> {
            QuantityLexicon.Unit u = lex.unitAt(text, at);
            return u != null && u.surface().length() >= 2;
        });
        List<Item> items = new ArrayList<>();
        for (NumberScanner.Token t : scanner.scan(text)) {
            if (articleOne(text, t)) {
                continue;
            }
            char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
            boolean dash = (before == '-' || before == '－')
                    && (t.start() < 2 || !Character.isLetterOrDigit(text.charAt(t.start() - 2)));
            boolean negative = before == '负' || before == '負' || dash;
            int start = negative ? t.start() - 1 : t.start();
            items.add(new Item(start, t.end(), negative ? -t.value() : t.value(), t.bareMagnitude(), t.chinese()));
        }
        List<Mention> out = new ArrayList<>();
        int k = 0;
        while (k < items.size()) {
            Read r = read(text, lex, items, k);
            if (r.mention() != null) {
                out.add(r.mention());
            }
            k = r.next();
        }
        return out;
    }

    /** A mention and the index of the first item after it. */
    private record Read(Mention mention, int next) {
    }

    private static Read read(String text, QuantityLexicon lex, List<Item> items, int k) {
        Item first = items.get(k);
        Item second = k + 1 < items.size() ? items.get(k + 1) : null;
        if (second != null && isPercentWord(text, first) && second.start() == first.end() + 2) {
            // 百分之五: the 百 is the word percent, the number is 5
            return new Read(new Mention(first.start(), second.end(), second.value()), k + 2);
        }
        if (isPercentWord(text, first)) {
            return new Read(null, k + 1); // 百分之 with no number after it
        }
        Read fraction = fraction(text, items, k);
        if (fraction != null) {
            return fraction;
        }
        Mention whole = new Mention(first.start(), first.end(), first.value());
        int next = k + 1;
        // 3又一千分之23, 负一又二分之一: a whole number and a fraction
        if (whole.end() < text.length() && text.charAt(whole.end()) == '又' && second != null
                && second.start() == whole.end() + 1) {
            Read part = fraction(text, items, k + 1);
            if (part != null) {
                double v = whole.value() < 0 ? whole.value() - part.mention().value()
                        : whole.value() + part.mention().value();
                return new Read(new Mention(whole.start(), part.mention().end(), v), part.next());
            }
        }
        // 十几万, 三十万多亿, 500余万, 五百多: an approximation word, then magnitudes it multiplies
        String approx = null;
        int end = whole.end();
        double value = whole.value();
        while (end < text.length()) {
            var inside = lex.cueStartingAt("inside", text, end);
            if (inside == null || !inside.getValue().equals("over")) {
                break;
            }
            int after = end + inside.getKey().length();
            approx = "over";
            end = after;
            if (next < items.size() && items.get(next).start() == after && items.get(next).bareMagnitude()) {
                value *= items.get(next).value();
                end = items.get(next).end();
                next++;
            } else {
                break;
            }
        }
        return new Read(new Mention(whole.start(), end, value, approx), next);
    }

    /** 三分之一 (1/3), 一百分之2, 3/4, ３／５ starting at item {@code k}, or null. */
    private static Read fraction(String text, List<Item> items, int k) {
        if (k + 1 >= items.size()) {
            return null;
        }
        Item denominator = items.get(k);
        Item numerator = items.get(k + 1);
        if (text.startsWith("分之", denominator.end()) && numerator.start() == denominator.end() + 2
                && denominator.value() != 0 && !isPercentWord(text, denominator)) {
            return new Read(new Mention(denominator.start(), numerator.end(),
                    numerator.value() / denominator.value()), k + 2);
        }
        Item over = numerator;
        Item under = denominator;
        // a slash fraction: over is the first number
        if (denominator.end() < text.length() && "/／".indexOf(text.charAt(denominator.end())) >= 0
                && numerator.start() == denominator.end() + 1 && !under.chinese() && !over.chinese()
                && numerator.value() != 0) {
            return new Read(new Mention(denominator.start(), numerator.end(), denominator.value() / numerator.value()),
                    k + 2);
        }
        return null;
    }

    /** The bare 百 of 百分之 is the word "percent", not a hundred. */
    private static boolean isPercentWord(String text, Item item) {
        return item.bareMagnitude() && (text.charAt(item.start()) == '百' || text.charAt(item.start()) == '佰')
                && text.startsWith("分之", item.end());
    }

    /** Words that begin with 一 and are not the number one (一切, 一些, 一起). */
    private static final String NOT_ONE_AFTER = "切些起样直定般致同旦再边道律概向味贯体带";

    private static boolean articleOne(String text, NumberScanner.Token t) {
        if (t.bareMagnitude() && (text.startsWith("分点", t.end()) || text.startsWith("分點", t.end()))) {
            return true; // the 百 of 百分点 is the word "percent", not a hundred
        }
        return t.end() - t.start() == 1 && (text.charAt(t.start()) == '一' || text.charAt(t.start()) == '壹')
                && t.end() < text.length() && NOT_ONE_AFTER.indexOf(text.charAt(t.end())) >= 0;
    }

    /** The value of a whole string that is one number (负一七二零点一, 10.1万, 壹佰伍拾), or NaN. */
    public static double parse(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        boolean negative = s.charAt(0) == '负' || s.charAt(0) == '負' || s.charAt(0) == '-';
        String body = negative ? s.substring(1) : s;
        List<Mention> found = find(body);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != body.length()) {
            return Double.NaN;
        }
        double v = found.get(0).value();
        return negative ? -v : v;
    }
}
