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
        while (i < n) {
            char c = text.charAt(i);
            if (ChineseNumerals.isArabicDigit(c)) {
                digits.append((char) ('0' + ChineseNumerals.digit(c)));
                i++;
            } else if (c == ',' && i + 3 < n + 1 && digits.length() > 0 && digits.length() <= 3 + digits.length()
                    && threeDigitsThenEnd(text, i + 1)) {
                i++; // thousands separator 1,234
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
            double whole = ChineseNumerals.parse(text.substring(start, k).replace(",", ""));
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

    /** Three digits after a comma, then no further digit: 1,234 but not a list 12,3456. */
    private static boolean threeDigitsThenEnd(String text, int at) {
        for (int k = 0; k < 3; k++) {
            if (at + k >= text.length() || !ChineseNumerals.isArabicDigit(text.charAt(at + k))) {
                return false;
            }
        }
        return at + 3 >= text.length() || !ChineseNumerals.isArabicDigit(text.charAt(at + 3));
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
            } else {
                break;
            }
        }
        if (i == start) {
            // a lone magnitude char where a unit starts (千米 on its own): not a number
            return start + 1;
        }
        String s = text.substring(start, i);
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
        if (!Double.isNaN(v)) {
            boolean bare = s.length() == 1 && ChineseNumerals.isMagnitude(s.charAt(0));
            out.add(new Token(start, i, v, 1, true, bare));
        }
        return i;
    }
}
