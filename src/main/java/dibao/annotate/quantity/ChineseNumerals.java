package dibao.annotate.quantity;

/**
 * Values of Chinese numerals (一百零三点四, 两千四百五, 廿, 〇, 壹佰伍拾, 3.16万) and the character
 * classes the number scanner needs. Pure functions, linear in the input.
 */
public final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** The digit value of a Chinese or Arabic (half- or full-width) digit char, or -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇', '○', 'Ｏ' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '两', '兩', '倆', '俩', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    public static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Chinese digit chars, not Arabic ones. */
    public static boolean isChineseDigit(char c) {
        return !isArabicDigit(c) && digit(c) >= 0;
    }

    /** Small units inside a section: 十 百 千 (and 廿 卅, which are 20 and 30 on their own). */
    public static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾', '什' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /**
     * Section units: 万 亿. 兆 is left out here: in mainland news it is mega- (兆瓦, 兆字节); the scanner
     * admits it as 10^12 only inside a numeral that goes on down to 亿 (五兆六十二亿), see {@link #TRILLION}.
     */
    public static long bigUnit(char c) {
        return switch (c) {
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0;
        };
    }

    /** 兆 read as 10^12: only where a numeral continues below it with 亿 (the scanner decides). */
    public static final char TRILLION = '兆';

    public static boolean isMagnitude(char c) {
        return smallUnit(c) > 0 || bigUnit(c) > 0;
    }

    /** Any char that can be part of a Chinese numeral (not 点, which needs a digit after it). */
    public static boolean isChineseNumeralChar(char c) {
        return isChineseDigit(c) || isMagnitude(c) || c == '廿' || c == '卅';
    }

    /**
     * The value of a run of Chinese numeral chars (with an optional 点 decimal part), or NaN when
     * the run is not a well-formed numeral. Digits with no unit between them are read
     * positionally (二〇二三 is 2023); a trailing digit after a unit is the shorthand for the next
     * lower place (两千四百五 is 2450, 一万五 is 15000).
     */
    public static double parse(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return Double.NaN;
        }
        int point = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '点' || c == '點' || c == '.' || c == '．') {
                point = i;
                break;
            }
        }
        String intPart = s.subSequence(0, point < 0 ? n : point).toString();
        double value;
        if (intPart.isEmpty()) {
            return Double.NaN; // 点五 is no numeral
        } else {
            value = parseInteger(intPart);
        }
        if (Double.isNaN(value) || point < 0) {
            return value;
        }
        // decimal digits, then an optional magnitude suffix (一点五亿 is 1.5e8)
        StringBuilder frac = new StringBuilder("0.");
        int i = point + 1;
        for (; i < n && digit(s.charAt(i)) >= 0; i++) {
            frac.append(digit(s.charAt(i)));
        }
        if (frac.length() == 2) {
            return Double.NaN;
        }
        double v = value + Double.parseDouble(frac.toString());
        for (; i < n; i++) {
            char c = s.charAt(i);
            long m = smallUnit(c) > 0 ? smallUnit(c) : bigUnit(c);
            if (m == 0) {
                return Double.NaN;
            }
            v *= m;
        }
        return v;
    }

    private static double parseInteger(String s) {
        boolean anyUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMagnitude(c) || c == '廿' || c == '卅' || c == TRILLION) {
                anyUnit = true;
                break;
            }
        }
        if (!anyUnit) {
            // positional: 二〇二三, 2023, 10
            double v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return Double.NaN;
                }
                v = v * 10 + d;
            }
            return v;
        }
        double trillions = 0;  // the part before 兆, already scaled
        double total = 0;      // finished sections (亿, 万)
        double section = 0;    // below 万
        double pending = -1;   // a digit waiting for its unit; -1 when none
        long lastUnit = 0;     // the last unit seen, for the shorthand 两千四百五
        boolean zeroSeen = false;
        StringBuilder arabic = null; // Arabic digits inside (3万5千): read as one number
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (isArabicDigit(c) || ((c == '.' || c == '．') && arabic != null)) {
                if (arabic == null) {
                    arabic = new StringBuilder();
                }
                arabic.append(c == '.' || c == '．' ? '.' : (char) ('0' + d));
                continue;
            }
            if (arabic != null) {
                try {
                    pending = Double.parseDouble(arabic.toString());
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
                arabic = null;
            }
            if (d >= 0) {
                if (d == 0) {
                    zeroSeen = true;
                    if (pending > 0) {
                        section += pending;
                    }
                    pending = -1;
                } else {
                    if (pending >= 0) {
                        // two digits in a row after units (一百二三?) are not a numeral we read
                        return Double.NaN;
                    }
                    pending = d;
                }
                continue;
            }
            if (c == '廿' || c == '卅') {
                section += c == '廿' ? 20 : 30;
                pending = -1;
                lastUnit = 10;
                continue;
            }
            if (c == TRILLION) {
                double sec = total + section + Math.max(pending, 0);
                if (sec == 0 || trillions > 0) {
                    return Double.NaN; // a bare 兆, or two of them
                }
                trillions = sec * 1e12;
                total = 0;
                section = 0;
                pending = -1;
                lastUnit = 1_000_000_000_000L;
                zeroSeen = false;
                continue;
            }
            long small = smallUnit(c);
            if (small > 0) {
                if (lastUnit > 0 && lastUnit < 10_000 && small >= lastUnit && pending < 0) {
                    return Double.NaN; // 七十百: a unit bigger than the one before, with no digit between
                }
                double mult = pending >= 0 ? pending : 1;
                section += mult * small;
                pending = -1;
                lastUnit = small;
                zeroSeen = false;
                continue;
            }
            long big = bigUnit(c);
            if (big > 0) {
                double sec = section + Math.max(pending, 0);
                if (sec == 0 && total == 0) {
                    sec = 1; // a bare 万 / 亿 is 10^4 / 10^8
                }
                if (sec == 0) {
                    total *= big; // 万亿: the 万 already counted is scaled
                } else if (big == 100_000_000L || total == 0 || total % 100_000_000L != 0 && total < big) {
                    total = (total + sec) * big;
                } else {
                    total += sec * big;
                }
                section = 0;
                pending = -1;
                lastUnit = big;
                zeroSeen = false;
                continue;
            }
            return Double.NaN;
        }
        if (arabic != null) {
            try {
                pending = Double.parseDouble(arabic.toString());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (pending > 0) {
            if (!zeroSeen && lastUnit >= 100 && pending < 10) {
                section += pending * lastUnit / 10; // 两千四百五, 一万五
            } else {
                section += pending;
            }
        }
        return trillions + total + section;
    }
}
