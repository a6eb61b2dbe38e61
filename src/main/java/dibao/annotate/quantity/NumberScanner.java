package dibao.annotate.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the numbers of a text in one left-to-right pass (linear time, no regular expressions, so
 * a 200k-char run of digits costs no more than reading it): Arabic (103.4, 1,234.5, full-width),
 * Chinese (一百零三点四, 廿, 〇) and mixed (3.16万, 1.2亿) numerals, and a bare magnitude (亿, 万).
 */
final class NumberScanner {

    /**
     * One number. {@code magnitude} is the 万/亿 factor written after an Arabic number (kept apart
     * so a range 3至5万元 can lend it to its first end); {@code value} includes it.
     */
    record Token(int start, int end, double value, double magnitude, boolean chinese, boolean bareMagnitude) {
    }

    private final IntPredicate unitStartsAt;

    /** @param unitStartsAt true where a unit that starts with a magnitude char (千克, 千米) begins */
    NumberScanner(IntPredicate unitStartsAt) {
        this.unitStartsAt = unitStartsAt;
    }

    List<Token> scan(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (ChineseNumerals.isArabicDigit(c)) {
                i = arabic(text, i, out);
            } else if (ChineseNumerals.isChineseNumeralChar(c)) {
                i = chinese(text, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private int arabic(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        StringBuilder digits = new StringBuilder();
        int group = 0;           // digits since the last thousands separator
        boolean grouped = false; // a separator was already read in this number
        while (i < n) {
            char c = text.charAt(i);
            if (ChineseNumerals.isArabicDigit(c)) {
                digits.append((char) ('0' + ChineseNumerals.digit(c)));
                group++;
                i++;
            } else if (c == ',' && digits.length() > 0 && threeDigitsThenEnd(text, i + 1)) {
                i++; // thousands separator 1,234
                group = 0;
                grouped = true;
            } else if (c == '，' && group > 0 && group <= 3 && fullWidthThousands(text, i, grouped)) {
                i++; // １２，３４５, 82，225.00
                group = 0;
                grouped = true;
            } else {
                break;
            }
        }
        if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '．')
                && ChineseNumerals.isArabicDigit(text.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < n && ChineseNumerals.isArabicDigit(text.charAt(i))) {
                digits.append((char) ('0' + ChineseNumerals.digit(text.charAt(i))));
                i++;
            }
        }
        double mantissa;
        try {
            mantissa = Double.parseDouble(digits.toString());
        } catch (NumberFormatException e) {
            return i;
        }
        int numEnd = i;
        double magnitude = 1;
        int j = i;
        int gap = spaceBeforeBigUnit(text, i);
        if (gap > 0) {
            j += gap; // 177.1 亿元: a space the PDF put between a number and its 万/亿
            numEnd = j;
        } else if (text.startsWith("个亿", i) || text.startsWith("個億", i)) {
            j++; // 3个亿: the spoken 个 before 亿
            numEnd = j;
        }
        while (j < n && j - numEnd < 3 && ChineseNumerals.isMagnitude(text.charAt(j)) && !unitStartsAt.test(j)) {
            char m = text.charAt(j);
            magnitude *= ChineseNumerals.smallUnit(m) > 0 ? ChineseNumerals.smallUnit(m) : ChineseNumerals.bigUnit(m);
            j++;
        }
        if (magnitude >= 1000 && j < n && (ChineseNumerals.isArabicDigit(text.charAt(j))
                || ChineseNumerals.isChineseDigit(text.charAt(j)))) {
            // 5万4千6百, 3万4000, 2千零30万: one number written in mixed parts
            int k = j;
            while (k < n && k - j < 24 && (ChineseNumerals.isArabicDigit(text.charAt(k))
                    || ChineseNumerals.isChineseNumeralChar(text.charAt(k))) && !unitStartsAt.test(k)) {
                k++;
            }
            double whole = ChineseNumerals.parse(text.substring(start, k).replace(",", "").replace("，", "")
                    .replace(" ", "").replace("\u3000", ""));
            if (!Double.isNaN(whole) && whole > mantissa * magnitude) {
                out.add(new Token(start, k, whole, 1, false, false));
                return k;
            }
        }
        if (start >= 1 && text.charAt(start - 1) == '.' && (start < 2 || !ChineseNumerals.isArabicDigit(text.charAt(start - 2)))
                && digits.indexOf(".") < 0) {
            // .5 is 0.5
            double frac = Double.parseDouble("0." + digits);
            out.add(new Token(start - 1, j, frac * magnitude, magnitude, false, false));
            return j;
        }
        out.add(new Token(start, j, mantissa * magnitude, magnitude, false, false));
        return j;
    }

    /**
     * Whether the full-width comma at {@code at} separates thousands rather than list items: in
     * Chinese text ， is the list comma (分别为20，300), so only where nothing else fits: three digits
     * follow and either the digits on both sides are full-width (１２，３４５: a number typeset in
     * full-width), the number already has a separator (233,333，333), or a decimal part follows
     * (82，225.00元).
     */
    private static boolean fullWidthThousands(String text, int at, boolean grouped) {
        if (!threeDigitsThenEnd(text, at + 1)) {
            return false;
        }
        if (grouped) {
            return true;
        }
        boolean fullWidth = isFullWidthDigit(text.charAt(at - 1));
        for (int k = 1; k <= 3; k++) {
            fullWidth &= isFullWidthDigit(text.charAt(at + k));
        }
        int after = at + 4;
        boolean decimals = after + 1 < text.length() && (text.charAt(after) == '.' || text.charAt(after) == '．')
                && ChineseNumerals.isArabicDigit(text.charAt(after + 1));
        return fullWidth || decimals;
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }

    /** The length of one or two inline spaces at {@code at} followed by 万 or 亿, else 0. */
    private static int spaceBeforeBigUnit(String text, int at) {
        int k = at;
        while (k < text.length() && k - at < 2 && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) {
            k++;
        }
        return k > at && k < text.length() && ChineseNumerals.bigUnit(text.charAt(k)) > 0 ? k - at : 0;
    }

    /** Three digits after a comma, then no further digit: 1,234 but not a list 12,3456. */
    private static boolean threeDigitsThenEnd(String text, int at) {
        for (int k = 0; k < 3; k++) {
            if (at + k >= text.length() || !ChineseNumerals.isArabicDigit(text.charAt(at + k))) {
                return false;
            }
        }
        return at + 3 >= text.length() || !ChineseNumerals.isArabicDigit(text.charAt(at + 3));
    }

    /**
     * Whether the 兆 at {@code at} is 10^12: the numeral goes on after it down to a 亿 (五兆六十二亿).
     * Elsewhere (五十兆字节, 1兆瓦) 兆 is mainland mega- and the number stops before it.
     */
    private static boolean trillionAt(String text, int at) {
        for (int k = at + 1; k < text.length() && k - at <= 12; k++) {
            char c = text.charAt(k);
            if (ChineseNumerals.bigUnit(c) == 100_000_000L) {
                return k > at + 1;
            }
            if (!ChineseNumerals.isChineseNumeralChar(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Two neighbouring Chinese digits (三四, 七八, 两三) or 三五, then nothing but units (十 百 千 万 亿):
     * the newspaper's estimate 三四十家, 八九亿元. Longer digit runs (二〇二三) stay positional.
     */
    static boolean isDigitPair(String s) {
        if (s.length() < 2 || !ChineseNumerals.isChineseDigit(s.charAt(0)) || !ChineseNumerals.isChineseDigit(s.charAt(1))) {
            return false;
        }
        int a = ChineseNumerals.digit(s.charAt(0));
        int b = ChineseNumerals.digit(s.charAt(1));
        if (a == 0 || !(b == a + 1 || a == 3 && b == 5)) {
            return false;
        }
        for (int k = 2; k < s.length(); k++) {
            if (!ChineseNumerals.isMagnitude(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private int chinese(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (ChineseNumerals.isChineseNumeralChar(c)) {
                if (ChineseNumerals.isMagnitude(c) && i > start && unitStartsAt.test(i)) {
                    break; // 五千克 is 5 kg
                }
                i++;
            } else if ((c == '点' || c == '點') && i > start && i + 1 < n
                    && ChineseNumerals.isChineseDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == ChineseNumerals.TRILLION && i > start && trillionAt(text, i)) {
                i++;
            } else {
                break;
            }
        }
        if (i == start) {
            // a lone magnitude char where a unit starts (千米 on its own): not a number
            return start + 1;
        }
        String s = text.substring(start, i);
        if (isDigitPair(s)) {
            // 三四十, 八九亿, 七八: an estimate between two neighbouring figures, read as two numbers
            // side by side (a range with no connector), not positionally as 34 or 89
            out.add(new Token(start, start + 1, ChineseNumerals.digit(s.charAt(0)), 1, true, false));
            out.add(new Token(start + 1, i, ChineseNumerals.parse(s.substring(1)), 1, true, false));
            return i;
        }
        double v = ChineseNumerals.parse(s);
        // a numeral run with a stray char at its end (百分之七十百分位): drop up to two chars
        for (int cut = 1; Double.isNaN(v) && cut <= 2 && i - cut > start; cut++) {
            String head = text.substring(start, i - cut);
            double shorter = ChineseNumerals.parse(head);
            boolean hasUnit = head.chars().anyMatch(ch -> ChineseNumerals.isMagnitude((char) ch));
            if (!Double.isNaN(shorter) && hasUnit) {
                i -= cut;
                s = text.substring(start, i);
                v = shorter;
            }
        }
        if (!Double.isNaN(v) && (text.startsWith("个亿", i) || text.startsWith("個億", i))
                && !s.chars().anyMatch(ch -> ChineseNumerals.bigUnit((char) ch) > 0)) {
            v *= 100_000_000; // 两个亿, 十几个亿: the spoken 个 before 亿
            i += 2;
        }
        if (!Double.isNaN(v)) {
            boolean bare = s.length() == 1 && ChineseNumerals.isMagnitude(s.charAt(0));
            out.add(new Token(start, i, v, 1, true, bare));
        }
        return i;
    }
}
