package dibao.annotate.quantity;

import dibao.annotate.quantity.NumberScanner.Token;
import dibao.annotate.quantity.QuantityLexicon.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the quantities of a text: a number with a unit or measure word after it (103.4亿元, 170余台,
 * 10 家, 23～28℃), a percent or fraction (百分之五, 三分之一, 五成), a ratio (3:1), a rank (居全省第三)
 * or an ordinal count (第三次). A number with no unit (二十大, 5G, 90后, a phone number) and a date
 * (2023年, 3月16日) are not quantities. A range (3至5万元, 两到三万元, 三四十家) gives one quantity per
 * end; a bound word gives the approx (大于 over, 不少于 at_least, 小于等于 at_most, 500万元（含）以上
 * at_least, 超过了 over). Units, approximation and comparison words, direction words and kind cues
 * are data (units.tsv, quantity-cues.tsv). Runs in time linear in the text.
 */
public final class QuantityExtractor {

    /** How far back a clause-level cue (direction, kind, rank) is looked for. */
    private static final int CLAUSE_WINDOW = 24;
    /** How far back a target cue (力争, 目标, 到2025年) is looked for in the sentence. */
    private static final int SENTENCE_WINDOW = 80;

    private final QuantityLexicon lex;
    private final NumberScanner scanner;

    public QuantityExtractor() {
        this.lex = QuantityLexicon.defaults();
        this.scanner = new NumberScanner(this::magnitudeUnitAt);
    }

    private String text;

    /** A unit that begins with a magnitude char (千克, 千米, 百分点) starts here. */
    private boolean magnitudeUnitAt(int at) {
        Unit u = lex.unitAt(text, at);
        return u != null && u.surface().length() >= 2;
    }

    /** Where the unit of a number is: after its inside approx word, magnitude and an optional space. */
    private record UnitMatch(Unit unit, int unitStart, int end, double magnitude, String insideApprox) {
    }

    public synchronized List<Quantity> extract(String text) {
        this.text = text;
        try {
            return extractAll();
        } finally {
            this.text = null;
        }
    }

    private List<Quantity> extractAll() {
        List<Token> tokens = scanner.scan(text);
        List<Quantity> out = new ArrayList<>();
        boolean[] consumed = new boolean[tokens.size()];
        Quantity previous = null;
        for (int k = 0; k < tokens.size(); k++) {
            if (consumed[k]) {
                continue;
            }
            Token t = tokens.get(k);
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            Quantity q = null;
            if (t.start() > 0 && text.charAt(t.start() - 1) == '第') {
                q = ordinal(t, previous);
            } else if (next != null && fraction(t, next) != null) {
                Token after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
                if (after != null && isDigitPair(next, after)) {
                    // 百分之二三十: 20% to 30%, the pair's second figure lends its 十
                    double lent = sectionMagnitude(after);
                    Token low = new Token(next.start(), next.end(), next.value() * lent, lent, true, false);
                    Quantity first = withRange(fraction(t, low));
                    out.add(first);
                    double high = first.value() / low.value() * after.value();
                    q = new Quantity(after.start(), after.end(), high, first.unit(), first.approx(), first.kind(),
                            text.substring(after.start(), after.end()), true);
                    consumed[k + 2] = true;
                } else {
                    q = fraction(t, next);
                }
                consumed[k + 1] = true;
            } else if (next != null && ratio(t, next) != null) {
                q = ratio(t, next);
                consumed[k + 1] = true;
            } else {
                UnitMatch um = unitAfter(t);
                if (um != null) {
                    q = measured(t, um, false);
                } else if (next != null && rangeConnected(t, next)) {
                    UnitMatch second = unitAfter(next);
                    if (second != null && acceptable(next, second)) {
                        Token first = t;
                        double lent = sectionMagnitude(next);
                        if (t.magnitude() == 1 && lent > 1 && !t.bareMagnitude() && !hasSectionUnit(t)
                                && t.value() > 0 && t.value() < next.value() / lent) {
                            // 3至5万元, 两到三万元, 十八至三十万元: the first end is in the second's magnitude
                            first = new Token(t.start(), t.end(), t.value() * lent, lent, t.chinese(), false);
                        }
                        UnitMatch borrowed = new UnitMatch(second.unit(), t.end(), t.end(), 1, null);
                        q = measured(first, borrowed, true);
                        if (q != null) {
                            q = withRange(q);
                            Quantity q2 = measured(next, second, true);
                            if (q2 != null) {
                                out.add(q);
                                q = withRange(q2);
                                consumed[k + 1] = true;
                            }
                        }
                    }
                }
            }
            if (q != null && !inStopword(q, t)) {
                out.add(q);
                previous = q;
            }
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    /**
     * The magnitude a range's second end can lend its first: the 万/亿 written after an Arabic number
     * (5万), the trailing 万/亿 of a Chinese numeral (三十万, 两千亿), or the 千/百 of a single digit
     * (三千, 3百); 1 when there is none.
     */
    private double sectionMagnitude(Token t) {
        if (t.magnitude() > 1 || !t.chinese()) {
            return t.magnitude();
        }
        String s = text.substring(t.start(), t.end());
        int i = s.length();
        double magnitude = 1;
        while (i > 1 && ChineseNumerals.bigUnit(s.charAt(i - 1)) > 0) {
            magnitude *= ChineseNumerals.bigUnit(s.charAt(i - 1));
            i--;
        }
        if (magnitude == 1 && i == 2 && ChineseNumerals.smallUnit(s.charAt(1)) > 0
                && ChineseNumerals.isChineseDigit(s.charAt(0))) {
            magnitude = ChineseNumerals.smallUnit(s.charAt(1));
        }
        return magnitude;
    }

    /** Whether a number already has its own 万/亿 (or, for an Arabic one, a written magnitude). */
    private boolean hasSectionUnit(Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (ChineseNumerals.bigUnit(text.charAt(i)) > 0) {
                return true;
            }
        }
        return false;
    }

    private Quantity withRange(Quantity q) {
        return new Quantity(q.start(), q.end(), q.value(), q.unit(), q.approx(), q.kind(), q.surface(), true);
    }

    // ---------------------------------------------------------------- units

    private UnitMatch unitAfter(Token t) {
        int i = t.end();
        int n = text.length();
        String inside = null;
        if (i < n) {
            Map.Entry<String, String> c = lex.cueStartingAt("inside", text, i);
            if (c != null) {
                inside = c.getValue();
                i += c.getKey().length();
            }
        }
        double magnitude = 1;
        int m = i;
        while (inside != null && m < n && m - i < 3 && ChineseNumerals.bigUnit(text.charAt(m)) > 0) {
            magnitude *= ChineseNumerals.bigUnit(text.charAt(m)); // 1000多万元, 十余万人
            m++;
        }
        i = m;
        int unitStart = i;
        if (i < n && isInlineSpace(text.charAt(i)) && i + 1 < n && !isInlineSpace(text.charAt(i + 1))) {
            unitStart = i + 1; // 10 家: a space the PDF put between number and measure word
        }
        if (unitStart >= n) {
            return null;
        }
        Unit u = lex.unitAt(text, unitStart);
        if (u == null && unitStart != i) {
            return null;
        }
        if (u == null) {
            return null;
        }
        return new UnitMatch(u, unitStart, unitStart + u.surface().length(), magnitude, inside);
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }

    /** Whether a number with this unit is a quantity (not a date, an article 一, a bare 千 in 千家万户). */
    private boolean acceptable(Token t, UnitMatch um) {
        Unit u = um.unit();
        String numeral = text.substring(t.start(), t.end());
        if (t.start() > 0 && "“‘「『\"".indexOf(text.charAt(t.start() - 1)) >= 0 && t.chinese()
                || t.start() > 0 && text.charAt(t.start() - 1) == '“' && u.unitClass().equals("count")) {
            return false; // “三个高地”, “4个1:1”: the name of a slogan
        }
        if (t.chinese() && t.value() == 0) {
            return false; // 零部件
        }
        if ((u.unit().equals("year") || u.unit().equals("month"))
                && lex.cueEndingAt("period", text, t.start()) != null) {
            return false; // 前2个月, 近五年: a period (PeriodResolver's), not a figure
        }
        if (u.unit().equals("year")) {
            boolean calendar = t.value() >= 1900 && t.value() <= 2100 && t.value() == Math.rint(t.value())
                    && t.magnitude() == 1;
            if (calendar) {
                return false;
            }
            if (t.value() < 100 && lex.cueEndingAt("duration", text, approxStart(t)) == null) {
                return false; // 三年行动, 近五年: a period, not a figure
            }
        }
        if (u.unitClass().equals("count") && (numeral.equals("一") || numeral.equals("壹") || numeral.equals("幺"))) {
            return false; // 一个, 一家: the article "a", not a count
        }
        if (t.bareMagnitude() && !numeral.equals("十")) {
            boolean cued = lex.cueEndingAt("bare", text, t.start()) != null || um.insideApprox() != null
                    || u.unit().equals("year");
            if (!cued) {
                return false;
            }
        }
        if (u.surface().equals("度") && !temperatureContext(t.start())) {
            return false;
        }
        if (u.unit().equals("%") && u.surface().equals("成") && t.value() > 10) {
            return false; // 成 is tenths: 五成, 7.5成; 30成 is no percentage
        }
        return true;
    }

    private boolean temperatureContext(int at) {
        int from = Math.max(0, at - CLAUSE_WINDOW);
        String before = text.substring(from, at);
        return before.contains("温") || before.contains("℃") || before.contains("零下") || before.contains("摄氏");
    }

    private Quantity measured(Token t, UnitMatch um, boolean rangeEnd) {
        if (!acceptable(t, um)) {
            return null;
        }
        Unit u = um.unit();
        double value = t.value() * um.magnitude() * u.factor();
        int end = um.end();
        String unit = u.unit();
        if (u.surface().equals("成") && end < text.length() && text.charAt(end) == '半') {
            value += 5; // 两成半
            end++;
        }
        if (end < text.length() && text.charAt(end) == '半' && t.value() == Math.rint(t.value())
                && (u.unitClass().equals("measure") || u.unitClass().equals("duration"))) {
            value += 0.5 * t.magnitude() * um.magnitude() * u.factor(); // 一吨半, 两年半
            end++;
        }
        if (u.unit().equals("CNY") && u.surface().equals("元")) {
            unit = currencyWrittenBefore(t.start(), unit); // 港币两千九百六十元
            Unit named = end < text.length() ? lex.unitAt(text, end) : null;
            if (named != null && named.unitClass().equals("money") && named.surface().length() >= 2) {
                unit = named.unit(); // 9000元日币
                end += named.surface().length();
            }
        }
        if (unit.equals("CNY") && !rangeEnd && "元圆块".indexOf(u.surface().charAt(0)) >= 0) {
            int subEnd = yuanSubunitsEnd(end);
            if (subEnd > end) {
                value += yuanSubunits(end, subEnd);
                end = subEnd;
            }
        }
        boolean duration = unit.equals("天") && lex.cueEndingAt("duration", text, approxStart(t)) != null;
        if (duration) {
            unit = "day";
        }
        int start = t.start();
        if (t.start() > 0 && isMinus(t.start()) && (u.unitClass().equals("temperature") || unit.equals("%"))) {
            start--;
            value = -value;
        } else if (t.start() >= 2 && text.startsWith("零下", t.start() - 2)) {
            value = -value;
        } else if (t.start() >= 1 && (text.charAt(t.start() - 1) == '负' || text.charAt(t.start() - 1) == '負')) {
            start--; // 负3.9%
            value = -value;
        }
        String approx = um.insideApprox();
        QuantityLexicon.Cue after = lex.approxAfter(text, end);
        if (after != null && !rangeEnd) {
            approx = after.approx();
        } else if (approx == null) {
            approx = approxBefore(t);
            if (approx == null && !rangeEnd) {
                QuantityLexicon.Cue than = lex.thanAround(text, t.start(), end); // 比30万元多
                approx = than == null ? null : than.approx();
            }
        }
        String kind = switch (u.unitClass()) {
            case "money" -> "amount";
            case "count" -> "count";
            case "percent", "pp" -> "rate";
            default -> unit.equals("t") && Math.abs(value) >= 1000 ? "amount" : "measure";
        };
        if (duration) {
            kind = "measure";
        }
        if (u.unitClass().equals("percent") || u.unitClass().equals("pp")) {
            String k = percentKind(t.start());
            kind = k == null ? "rate" : k;
        }
        if (sign(t.start()) < 0 && value > 0) {
            value = -value;
            if (u.unitClass().equals("percent") || u.unitClass().equals("pp")) {
                kind = "change";
            }
        }
        if (isTarget(t.start())) {
            kind = "target";
        }
        return new Quantity(start, end, value, unit, approx, kind, text.substring(start, end), rangeEnd);
    }

    /**
     * Where the 角 and 分 after 元 end (5元3角, 50元6角三分, 十块三毛钱, 8元零5分): market prices in
     * local papers; {@code at} when there are none.
     */
    private int yuanSubunitsEnd(int at) {
        int i = at;
        if (digitAt(i) >= 0 && i + 1 < text.length() && (text.charAt(i + 1) == '角' || text.charAt(i + 1) == '毛')) {
            i += 2;
        } else if (i < text.length() && text.charAt(i) == '零') {
            i++;
        }
        if (digitAt(i) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '分' && i > at) {
            i += 2;
        } else if (i > at && text.charAt(i - 1) == '零') {
            return at; // 零 with no 分 after it
        }
        if (i > at && i < text.length() && text.charAt(i) == '钱') {
            i++;
        }
        return i;
    }

    /** The value of the 角 and 分 in {@code [at, end)}. */
    private double yuanSubunits(int at, int end) {
        double v = 0;
        for (int i = at; i + 1 < end; i++) {
            int d = digitAt(i);
            char next = text.charAt(i + 1);
            if (d >= 0 && (next == '角' || next == '毛')) {
                v += d * 0.1;
            } else if (d >= 0 && next == '分') {
                v += d * 0.01;
            }
        }
        return v;
    }

    /** The value of a one-char digit (Arabic or Chinese) at {@code at}, or -1. */
    private int digitAt(int at) {
        return at < text.length() && text.charAt(at) != '零' && text.charAt(at) != '〇'
                ? ChineseNumerals.digit(text.charAt(at)) : -1;
    }

    /** A currency named right before the number (港币2960元, 美元 300 元) overrides 元. */
    private String currencyWrittenBefore(int at, String unit) {
        int end = at > 0 && isInlineSpace(text.charAt(at - 1)) ? at - 1 : at;
        for (int len = Math.min(3, end); len >= 2; len--) {
            Unit u = lex.units.get(text.substring(end - len, end));
            if (u != null && u.unitClass().equals("money")) {
                return u.unit();
            }
        }
        return unit;
    }

    private boolean isMinus(int at) {
        char c = text.charAt(at - 1);
        if (c != '-' && c != '－' && c != '—' && c != '–') {
            return false;
        }
        if (at - 2 < 0) {
            return true;
        }
        char before = text.charAt(at - 2);
        // after a digit or a unit the dash joins a range (23-28℃); elsewhere it is a minus sign
        return !ChineseNumerals.isArabicDigit(before) && !ChineseNumerals.isChineseNumeralChar(before)
                && lex.unitAt(text, at - 2) == null && before != '%' && before != '℃';
    }

    /** The approx of the word before a number: 约, 超过了, 不少于, 大于等于, and 近/上/数 before 亿 or 十万. */
    private String approxBefore(Token t) {
        QuantityLexicon.Cue before = lex.approxBefore(text, t.start());
        if (before != null) {
            return before.approx();
        }
        // 近亿元, 上万条, and 数十亿, 几十万: a numeral that starts with its unit takes the same words
        boolean unitLed = t.chinese() && ChineseNumerals.isMagnitude(text.charAt(t.start()));
        Map.Entry<String, String> bare = t.bareMagnitude() || unitLed ? lex.cueEndingAt("bare", text, t.start()) : null;
        return bare == null ? null : bare.getValue();
    }

    /** Where the approximation word before a number would end: the number's start. */
    private int approxStart(Token t) {
        Map.Entry<String, String> before = lex.cueEndingAt("before", text, t.start());
        return before == null ? t.start() : t.start() - before.getKey().length();
    }

    // ---------------------------------------------------------------- context

    /** Start of the clause holding {@code at}: after the last ，；。 etc., at most CLAUSE_WINDOW back. */
    private int clauseStart(int at, int window, String stops) {
        int from = Math.max(0, at - window);
        for (int i = at - 1; i >= from; i--) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    private static final String CLAUSE_STOPS = "，,；;。！？!?\n：:（(）)";
    private static final String SENTENCE_STOPS = "；;。！？!?\n";

    /** -1 when a falling direction word (下降, 减少) governs the number, else +1. */
    private int sign(int at) {
        int from = clauseStart(at, CLAUSE_WINDOW, CLAUSE_STOPS);
        Map.Entry<Integer, String> cue = lex.lastCueIn("sign", text, from, at);
        return cue != null && cue.getValue().equals("-") ? -1 : 1;
    }

    /** change | share | rate for a percentage, from the nearest cue in its clause; null when none. */
    private String percentKind(int at) {
        int from = clauseStart(at, CLAUSE_WINDOW, CLAUSE_STOPS);
        Map.Entry<Integer, String> sign = lex.lastCueIn("sign", text, from, at);
        Map.Entry<Integer, String> kind = lex.lastCueIn("kind", text, from, at);
        if (sign == null && kind == null) {
            return null;
        }
        if (kind == null || (sign != null && sign.getKey() > kind.getKey())) {
            return "change";
        }
        return kind.getValue();
    }

    private boolean isTarget(int at) {
        int from = clauseStart(at, SENTENCE_WINDOW, SENTENCE_STOPS);
        if (lex.lastCueIn("target", text, from, at) != null) {
            return true;
        }
        // 到2025年 / 2025年底前: a figure due by a future date
        for (int i = from; i + 1 < at; i++) {
            char c = text.charAt(i);
            if ((c == '到' || c == '至') && i + 6 <= at && isYear(i + 1) && text.charAt(i + 5) == '年') {
                return true;
            }
        }
        return false;
    }

    private boolean isYear(int at) {
        if (at + 4 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            if (!ChineseNumerals.isArabicDigit(text.charAt(i))) {
                return false;
            }
        }
        return text.charAt(at) == '2' || text.charAt(at) == '２';
    }

    private boolean inStopword(Quantity q, Token t) {
        for (String w : lex.stopwords) {
            int hole = w.indexOf("{n}");
            if (hole >= 0) {
                String before = w.substring(0, hole);
                String after = w.substring(hole + 3);
                if (text.startsWith(after, t.end()) && t.start() >= before.length()
                        && text.startsWith(before, t.start() - before.length())) {
                    return true;
                }
                continue;
            }
            for (int at = Math.max(0, q.start() - w.length() + 1); at <= q.start(); at++) {
                if (text.startsWith(w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- special forms

    /** 第三 after a rank word (居全省第三, 排名第二, and 第四 in 第三、第四), or 第三次. */
    private Quantity ordinal(Token t, Quantity previous) {
        if (t.value() != Math.rint(t.value()) || t.value() <= 0) {
            return null;
        }
        int start = t.start() - 1;
        int end = t.end();
        if (end < text.length() && text.charAt(end) == '次') {
            return new Quantity(start, end + 1, t.value(), "次", null, "count", text.substring(start, end + 1), false);
        }
        if (end < text.length() && "版章条款批届期轮号部节页".indexOf(text.charAt(end)) >= 0) {
            return null; // 第三版, 第十四届: a place in a sequence, not a standing
        }
        boolean listed = previous != null && previous.unit().equals("rank") && previous.end() + 1 >= start - 1
                && start - previous.end() <= 2;
        int from = clauseStart(start, 12, CLAUSE_STOPS);
        boolean cued = lex.lastCueIn("rank", text, from, start) != null;
        if (!cued && !listed) {
            return null;
        }
        return new Quantity(start, end, t.value(), "rank", null, "rank", text.substring(start, end), false);
    }

    /** X分之Y (三分之一, 百分之五) as a percentage. */
    private Quantity fraction(Token denominator, Token numerator) {
        int at = denominator.end();
        if (!text.startsWith("分之", at) || numerator.start() != at + 2 || denominator.value() == 0) {
            return null;
        }
        double percent = numerator.value() / denominator.value() * 100;
        int end = numerator.end();
        String approx = null;
        QuantityLexicon.Cue after = lex.approxAfter(text, end);
        if (after != null) {
            approx = after.approx();
        } else {
            QuantityLexicon.Cue before = lex.approxBefore(text, denominator.start());
            approx = before == null ? null : before.approx();
        }
        if (sign(denominator.start()) < 0) {
            percent = -percent;
        }
        String kind = isTarget(denominator.start()) ? "target" : percentKind(denominator.start());
        return new Quantity(denominator.start(), end, percent, "%", approx, kind == null ? "share" : kind,
                text.substring(denominator.start(), end), false);
    }

    /** 3:1 after a word with 比 (之比, 存贷比, 比重): a ratio, value left / right. */
    private Quantity ratio(Token left, Token right) {
        int at = left.end();
        if (at >= text.length() || (text.charAt(at) != ':' && text.charAt(at) != '：') || right.start() != at + 1
                || left.chinese() || right.chinese() || right.value() == 0) {
            return null;
        }
        int from = clauseStart(left.start(), CLAUSE_WINDOW, "，,；;。！？!?\n");
        if (text.substring(from, left.start()).indexOf('比') < 0) {
            return null; // 8:30 is a time
        }
        String kind = isTarget(left.start()) ? "target" : "rate";
        return new Quantity(left.start(), right.end(), left.value() / right.value(), "ratio", null, kind,
                text.substring(left.start(), right.end()), false);
    }

    /** Two tokens the scanner split from one digit pair (三四十, 八九亿): one digit, then the rest. */
    private static boolean isDigitPair(Token first, Token second) {
        return second.start() == first.end() && first.chinese() && second.chinese()
                && first.end() - first.start() == 1 && !first.bareMagnitude();
    }

    /** 23～28℃, 250至350毫米, 1%至2%: the first number, with no unit, joined to a second that has one. */
    private boolean rangeConnected(Token first, Token second) {
        int i = QuantityLexicon.skipInclusionNote(text, first.end()); // 1万(含)-5万元
        if (i >= text.length()) {
            return false;
        }
        if (isDigitPair(first, second)) {
            return true; // 三四十家: the scanner's digit pair, a range with no connector
        }
        char c = text.charAt(i);
        boolean connector = c == '-' || c == '－' || c == '~' || c == '～' || c == '〜' || c == '至' || c == '到'
                || c == '—' || c == '–';
        if (!connector) {
            return false;
        }
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '—') {
            j++; // ——
        }
        return second.start() == j;
    }
}
