package dibao.annotate.period;

import dibao.annotate.quantity.ChineseNumerals;
import dibao.lexicon.Tsv;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions and resolves them against the issue date: 2022年, 今年前2月, 1—2月, 1至10月,
 * 截至10月底, 上半年, 一季度, 2023年12月至2024年2月, 3月16日上午, 2月6日至7日, 近五年, 十四五, 今冬,
 * 春节黄金周 (holidays.tsv), 2022年以来. Patterns are tried from the most specific; an expression a
 * longer one covers is not reported again. Every quantifier is bounded, so matching is linear.
 * Periods are not carried across sentences here: that is the statistics stage's job.
 */
public final class PeriodResolver {

    private static final String Y =
            "(?<![0-9０-９])((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}|(?:一九|二〇|二零|二○)[〇零○一二三四五六七八九]{2})";
    private static final String N = "([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})";
    private static final String TO = "(?:至|到|—{1,2}|–|-|－|~|～|〜)";
    /** A year word in front of a month expression; group names differ per use, so it is spliced in. */
    private static final String YEAR_WORD = "(今年|去年|前年|明年|上年|本年|同年|当年)";
    private static final String PREFIX = "(?:" + Y + "年|" + YEAR_WORD + ")?";
    private static final String DAYPART = "(?:上午|下午|晚上|早上|凌晨|中午|傍晚|晚间|早晨|夜间|夜里|晚)?";

    private record Rule(Pattern pattern, Function<Ctx, String> resolve, boolean relativeWhenNoYear, boolean needsNumeral,
                        char requires) {
    }

    /** One match and the issue date, with helpers to read its groups. */
    private static final class Ctx {
        final Matcher m;
        final LocalDate issue;
        boolean relative;

        Ctx(Matcher m, LocalDate issue) {
            this.m = m;
            this.issue = issue;
        }

        String g(int i) {
            return m.group(i);
        }

        int num(int i) {
            double v = ChineseNumerals.parse(m.group(i));
            return Double.isNaN(v) ? -1 : (int) v;
        }

        /** The year of groups (explicit year, year word), or the issue year. */
        int year(int yearGroup, int wordGroup, int lastMonth) {
            if (g(yearGroup) != null) {
                return num(yearGroup);
            }
            relative = true;
            if (issue == null) {
                return -1;
            }
            String w = wordGroup > 0 ? g(wordGroup) : null;
            int y = issue.getYear();
            if (w == null) {
                // a month range not yet reached this year is last year's (1至11月 in a January issue)
                return lastMonth > issue.getMonthValue() ? y - 1 : y;
            }
            return switch (w) {
                case "去年", "上年" -> y - 1;
                case "前年" -> y - 2;
                case "明年" -> y + 1;
                default -> y;
            };
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> holidayNames = new HashMap<>();
    private final Map<String, String> holidays = new HashMap<>();

    public PeriodResolver() {
        for (String[] r : Tsv.read("holiday-names.tsv")) {
            holidayNames.put(r[0], r[1] + (r.length > 2 && !r[2].isEmpty() ? "\t" + r[2] : ""));
        }
        for (String[] r : Tsv.read("holidays.tsv")) {
            holidays.put(r[0] + "\t" + r[1], r[2] + "/" + r[3]);
        }
        // 2月6日至7日, 2023年2月6日至2月7日
        add(PREFIX + N + "月" + N + "日?" + TO + "(?:" + N + "月)?" + N + "日", c -> {
            int y = c.year(1, 2, 0);
            int m1 = c.num(3);
            int m2 = c.g(5) == null ? m1 : c.num(5);
            return range(day(y, m1, c.num(4)), day(y, m2, c.num(6)));
        });
        // 2023年12月至2024年2月, 2021年11月至2022年10月
        add(Y + "年" + N + "月(?:份)?" + TO + Y + "年" + N + "月(?:份|底|末)?",
                c -> range(month(c.num(1), c.num(2)), month(c.num(3), c.num(4))));
        // 2023年1—2月, 今年1至10月, 1—2月
        add(PREFIX + N + TO + N + "月(?:份)?", c -> {
            int m1 = c.num(3), m2 = c.num(4);
            if (m1 < 1 || m2 > 12 || m1 >= m2) {
                return null;
            }
            int y = c.year(1, 2, m2);
            return range(month(y, m1), month(y, m2));
        });
        // 今年前2月, 前10个月, 2022年前三季度
        add(PREFIX + "前" + N + "个?月", c -> {
            int m = c.num(3);
            int y = c.year(1, 2, m);
            return m >= 1 && m <= 12 ? range(month(y, 1), month(y, m)) : null;
        });
        add(PREFIX + "前" + N + "(?:个)?季度", c -> {
            int q = c.num(3);
            int y = c.year(1, 2, q * 3);
            return q >= 1 && q <= 4 ? range(month(y, 1), month(y, q * 3)) : null;
        });
        // 截至10月底, 截至2022年11月末
        add("截(?:至|止)(?:到)?" + PREFIX + N + "月(?:底|末|份)?", c -> {
            int m = c.num(3);
            int y = c.year(1, 2, m);
            return m >= 1 && m <= 12 ? (m == 1 ? month(y, 1) : range(month(y, 1), month(y, m))) : null;
        });
        // 2023年3月16日上午, 3月16日
        add(PREFIX + N + "月" + N + "日" + DAYPART, c -> {
            int m = c.num(3);
            return day(c.year(1, 2, m), m, c.num(4));
        });
        // 2023年3月, 3月份, 10月底, 11月当月
        add(PREFIX + N + "月(?:份|底|末|初|中旬|上旬|下旬|当月)?", c -> {
            int m = c.num(3);
            if (m < 1 || m > 12) {
                return null;
            }
            return month(c.year(1, 2, m), m);
        });
        // 一季度, 2022年第四季度, 上半年, 下半年
        add(PREFIX + "第?([一二三四1-4])季度", c -> {
            int q = c.num(3);
            int y = c.year(1, 2, q * 3 - 2);
            return range(month(y, q * 3 - 2), month(y, q * 3));
        });
        add(PREFIX + "([上下])半年", c -> {
            boolean first = c.g(3).equals("上");
            int y = c.year(1, 2, first ? 1 : 7);
            return first ? range(month(y, 1), month(y, 6)) : range(month(y, 7), month(y, 12));
        });
        // holidays: 春节黄金周, 国庆假期
        StringBuilder names = new StringBuilder();
        holidayNames.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(h -> names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(h)));
        add(PREFIX + "(" + names + ")", c -> {
            String[] name = holidayNames.get(c.g(3)).split("\t");
            int y = c.year(1, 2, 0);
            String days = holidays.get(name[0] + "\t" + y);
            if (days == null || name.length < 2 || !name[1].equals("month")) {
                return days;
            }
            // 春节期间: the month (or months) the holiday falls in, not its exact days
            String[] ends = days.split("/");
            return range(ends[0].substring(0, 7), ends[1].substring(0, 7));
        });
        // 2021—2025年, 2021年至2025年
        add(Y + "年?" + TO + Y + "年", c -> c.num(1) < c.num(2) ? c.num(1) + "/" + c.num(2) : null);
        // 2022年以来
        add(Y + "年(?:以来|来)", c -> c.issue == null || c.issue.getYear() <= c.num(1) ? String.valueOf(c.num(1))
                : c.num(1) + "/" + c.issue.getYear());
        // 2022年, 2022年底, 2025年前
        add(Y + "年(?:底|末|初|年初|年底|年末|全年|度)?", c -> String.valueOf(c.num(1)));
        // 今年, 去年, 今年以来, 年初
        add(YEAR_WORD + "(?:以来|年初|年底|年末|全年)?", c -> {
            c.relative = true;
            if (c.issue == null) {
                return null;
            }
            int y = c.issue.getYear();
            return String.valueOf(switch (c.g(1)) {
                case "去年", "上年" -> y - 1;
                case "前年" -> y - 2;
                case "明年" -> y + 1;
                default -> y;
            });
        }, true);
        // 全年 alone is left out: it is the whole of whichever year the text is about
        add("(年初|年底|年末|年内)(?:以来)?", c -> {
            c.relative = true;
            return c.issue == null ? null : String.valueOf(c.issue.getYear());
        }, true);
        // 近五年, 过去5年, 近五年来, 五年来
        add("(?:(?:近|过去|最近)" + N + "年(?:来|间)?|(?<![0-9０-９一二两三四五六七八九十])" + N + "年来)", c -> {
            c.relative = true;
            int n = c.g(1) != null ? c.num(1) : c.num(2);
            if (c.issue == null || n < 1 || n > 50) {
                return null;
            }
            int y = c.issue.getYear();
            return (y - n) + "/" + (y - 1);
        }, true);
        // 十四五: the Nth five-year plan; from the 6th (1981—1985) they follow each other
        add("(十[一二三四五六七八九]|[六七八九]|十)五(?=规划|时期|期间|”|\"|末|开局|以来|发展|计划|目标|\\s)", c -> {
            int n = (int) ChineseNumerals.parse(c.g(1));
            int start = 1981 + (n - 6) * 5;
            return start + "/" + (start + 4);
        });
        // 今冬, 今春, 今冬明春
        add("(今冬明春|去冬今春|今冬|今春|今夏|今秋|去冬|入冬以来)", c -> season(c, c.g(1)), true);
        // 昨天, 今天
        add("(昨天|昨日|前天|今天|今日)", c -> {
            c.relative = true;
            if (c.issue == null) {
                return null;
            }
            int back = switch (c.g(1)) {
                case "昨天", "昨日" -> 1;
                case "前天" -> 2;
                default -> 0;
            };
            return c.issue.minusDays(back).toString();
        }, true);
        // 上月, 本月
        add("(上月|上个月|本月|这个月|当月)", c -> {
            c.relative = true;
            if (c.issue == null) {
                return null;
            }
            YearMonth ym = YearMonth.from(c.issue);
            return (c.g(1).startsWith("上") ? ym.minusMonths(1) : ym).toString();
        }, true);
        // 6日 (this month's; a day not yet reached is last month's)
        add("(?<![0-9０-９月一二三四五六七八九十])" + N + "日(?:" + TO + N + "日)?" + DAYPART, c -> {
            c.relative = true;
            if (c.issue == null) {
                return null;
            }
            int d1 = c.num(1);
            YearMonth ym = YearMonth.from(c.issue);
            if (d1 > c.issue.getDayOfMonth()) {
                ym = ym.minusMonths(1);
            }
            String first = day(ym.getYear(), ym.getMonthValue(), d1);
            return c.g(2) == null ? first : range(first, day(ym.getYear(), ym.getMonthValue(), c.num(2)));
        }, true);
    }

    private void add(String regex, Function<Ctx, String> resolve) {
        add(regex, resolve, false);
    }

    private void add(String regex, Function<Ctx, String> resolve, boolean relative) {
        // a rule with a required number is not run in a window that has no numeral at all
        boolean needsNumeral = regex.contains(N) || regex.startsWith(Y);
        // and one whose every match holds 月 (季, 半) is not run in a window without that char
        char requires = 0;
        String matched = regex.replaceAll("\\(\\?<!\\[[^\\]]*\\]\\)", ""); // lookbehinds match nothing
        for (char c : REQUIRABLE.toCharArray()) {
            if (requires == 0 && matched.contains(String.valueOf(c))) {
                requires = c;
            }
        }
        rules.add(new Rule(Pattern.compile(regex), resolve, relative, needsNumeral, requires));
    }

    /**
     * Every expression holds one of these chars (年 月 日, 季度, 半年, the seasons, 十四五, holiday names,
     * 今天): the patterns only run in windows around them, so long runs of other text cost little.
     */
    private static final String ANCHORS = "年月日季冬春夏秋五节旦午庆明天";
    /** Longer than the distance from an anchor to either end of any expression. */
    private static final int WINDOW = 24;
    /** Chars that, when a rule's pattern holds them, every match of that rule holds (no rule has them optional). */
    private static final String REQUIRABLE = "月季半";

    public List<TimeMention> find(String text, LocalDate issueDate) {
        boolean[] taken = new boolean[text.length()];
        List<TimeMention> out = new ArrayList<>();
        List<int[]> windows = windows(text);
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] w : windows) {
                if (rule.needsNumeral() && w[2] == 0
                        || rule.requires() != 0 && (w[3] & (1 << REQUIRABLE.indexOf(rule.requires()))) == 0) {
                    continue;
                }
                m.region(w[0], w[1]);
                collect(rule, m, issueDate, taken, out);
            }
        }
        out.sort(Comparator.comparingInt(TimeMention::start));
        return out;
    }

    private static List<int[]> windows(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (ANCHORS.indexOf(text.charAt(i)) < 0 || text.charAt(i) == '五' && !fiveAnchors(text, i)) {
                continue;
            }
            int from = Math.max(0, i - WINDOW);
            int to = Math.min(n, i + WINDOW);
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[] {from, to, 0, 0});
            }
        }
        for (int[] w : out) {
            for (int i = w[0]; i < w[1] && w[2] == 0; i++) {
                char c = text.charAt(i);
                if (ChineseNumerals.digit(c) >= 0 || c == '十' || c == '廿') {
                    w[2] = 1;
                }
            }
            for (int i = w[0]; i < w[1]; i++) {
                int k = REQUIRABLE.indexOf(text.charAt(i));
                if (k >= 0) {
                    w[3] |= 1 << k;
                }
            }
        }
        return out;
    }

    /** 五 anchors 十四五 and 五一, not every 五 of a long run of numerals. */
    private static boolean fiveAnchors(String text, int i) {
        int next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (next == '一') {
            next = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
        }
        return !ChineseNumerals.isChineseNumeralChar((char) next);
    }

    private void collect(Rule rule, Matcher m, LocalDate issueDate, boolean[] taken, List<TimeMention> out) {
        {
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) {
                    continue;
                }
                Ctx c = new Ctx(m, issueDate);
                String period;
                try {
                    period = rule.resolve().apply(c);
                } catch (RuntimeException e) {
                    period = null; // an impossible date (2月30日) is no time expression
                }
                if (period == null) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                String kind = c.relative || rule.relativeWhenNoYear() ? "relative"
                        : period.contains("/") ? "range" : "point";
                out.add(new TimeMention(m.start(), m.end(), period, kind));
            }
        }
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static String month(int y, int m) {
        if (y < 0 || m < 1 || m > 12) {
            throw new IllegalArgumentException("no such month");
        }
        return YearMonth.of(y, m).toString();
    }

    /** A day; null when the year is unknown (a relative date on a page with no issue date). */
    private static String day(int y, int m, int d) {
        return y < 0 ? null : LocalDate.of(y, m, d).toString();
    }

    private static String range(String from, String to) {
        if (from == null || to == null) {
            return null;
        }
        return from.equals(to) ? from : from + "/" + to;
    }

    /** Winter is December to February: in a January issue 今冬 is the winter that began last December. */
    private static String season(Ctx c, String word) {
        if (c.issue == null) {
            return null;
        }
        int y = c.issue.getYear();
        int m = c.issue.getMonthValue();
        int winterStart = m <= 3 ? y - 1 : y;
        return switch (word) {
            case "今冬", "今年冬季" -> range(month(winterStart, 12), month(winterStart + 1, 2));
            // since winter began: from its first month to the issue's
            case "入冬以来" -> range(month(winterStart, 12), YearMonth.from(c.issue).toString());
            case "去冬" -> range(month(y - 1, 12), month(y, 2));
            case "今冬明春" -> range(month(winterStart, 12), month(winterStart + 1, 5));
            case "去冬今春" -> range(month(y - 1, 12), month(y, 5));
            case "今春", "今年春季" -> range(month(y, 3), month(y, 5));
            case "今夏" -> range(month(y, 6), month(y, 8));
            case "今秋" -> range(month(y, 9), month(y, 11));
            default -> null;
        };
    }
}
