package dibao.annotate.period;

/**
 * A time expression resolved to a period (FORMAT.md: 2023, 2023-03, 2023-01/2023-02, 2021/2025 ...).
 *
 * @param start  char index in the annotated text
 * @param end    char index after the expression
 * @param period the resolved period
 * @param kind   point (one year, month or day) | range (from/to) | relative (resolved against the issue
 *               date: 今年, 去年, 近五年, 3月 with no year)
 */
public record TimeMention(int start, int end, String period, String kind) {

    public TimeMention(int start, int end, String period) {
        this(start, end, period, period.contains("/") ? "range" : "point");
    }
}
