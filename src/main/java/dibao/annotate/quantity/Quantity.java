package dibao.annotate.quantity;

/**
 * A number with its unit as written, found in a text.
 *
 * @param start  char index in the annotated text where the number (or its unit) starts
 * @param end    char index after the unit
 * @param value  the value in base units (103.4亿元 is 1.034E10; 下降58% is -58)
 * @param unit   CNY, USD, %, pp, t, m2, mu ... or the measure word of a count (家, 个, 人次)
 * @param approx about | over | under | at_least | at_most | null
 * @param kind   amount | count | rate | share | change | rank | target | measure
 * @param surface the text of the span as written (103.4亿元, 170余台, 第三)
 * @param range  true when this is one end of a range (23～28℃ gives two quantities)
 */
public record Quantity(int start, int end, double value, String unit, String approx, String kind,
                       String surface, boolean range) {

    /** A quantity that is not part of a range, its surface left for the caller to fill. */
    public Quantity(int start, int end, double value, String unit, String approx, String kind) {
        this(start, end, value, unit, approx, kind, null, false);
    }
}
