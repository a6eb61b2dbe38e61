package dibao.annotate.period;

/**
 * A time expression resolved to a period (FORMAT.md: 2023, 2023-03, 2023-01/2023-02, 2021/2025 ...).
 *
 * @param start  char index in the annotated text
 * @param end    char index after the expression
 * @param period the resolved period
 */
public record TimeMention(int start, int end, String period) {
}
