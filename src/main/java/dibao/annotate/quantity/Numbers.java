package dibao.annotate.quantity;

import java.util.List;

/**
 * The bare numbers of a text, before any unit is looked for: what the peer suites call "number"
 * (dibao itself never reports a number without a unit as a quantity).
 */
public final class Numbers {

    /** One number as written: {@code [start, end)} and its value. */
    public record Mention(int start, int end, double value) {
    }

    private Numbers() {
    }

    public static List<Mention> find(String text) {
        QuantityLexicon lex = QuantityLexicon.defaults();
        NumberScanner scanner = new NumberScanner(at -> {
            QuantityLexicon.Unit u = lex.unitAt(text, at);
            return u != null && u.surface().length() >= 2;
        });
        return scanner.scan(text).stream().filter(t -> !articleOne(text, t)).map(t -> {
            char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
            boolean dash = (before == '-' || before == '－')
                    && (t.start() < 2 || !Character.isLetterOrDigit(text.charAt(t.start() - 2)));
            boolean negative = before == '负' || before == '負' || dash;
            int start = negative ? t.start() - 1 : t.start();
            return new Mention(start, t.end(), negative ? -t.value() : t.value());
        }).toList();
    }

    /** Words that begin with 一 and are not the number one (一切, 一些, 一起). */
    private static final String NOT_ONE_AFTER = "切些起样直定般致同旦再边道律概向味贯体带";

    private static boolean articleOne(String text, NumberScanner.Token t) {
        if (t.bareMagnitude() && (text.startsWith("分之", t.end()) || text.startsWith("分点", t.end())
                || text.startsWith("分點", t.end()))) {
            return true; // the 百 of 百分之, 百分点 is the word "percent", not a hundred
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
