package dibao.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bare numbers: fractions, approximate magnitudes, full-width separators and 兆 read as one value. */
class NumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # one number as written  | value              | approx
            三分之二                  | 0.6666666666666666 | -
            一千分之五                | 0.005              | -
            十二分之7                 | 0.5833333333333334 | -
            2又四分之一               | 2.25               | -
            负五又二分之一             | -5.5               | -
            3/8                      | 0.375              | -
            ７／４                    | 1.75               | -
            百分之十二                 | 12                 | -
            二十多万                  | 200000             | over
            六十几亿                  | 6000000000         | over
            五万多亿                  | 5000000000000      | over
            380余万                  | 3800000            | over
            三百余                    | 300                | over
            ４，５００                 | 4500               | -
            １２，３４５，６７８         | 12345678           | -
            6,200，000.5             | 6200000.5          | -
            二兆三千亿                 | 2300000000000      | -
            两个亿                    | 200000000          | -
            3个亿                     | 300000000          | -
            """)
    void readsOneNumber(String written, double value, String approx) {
        List<Numbers.Mention> found = Numbers.find(written);
        assertEquals(1, found.size(), found::toString);
        assertEquals(value, found.get(0).value(), Math.abs(value) * 1e-12);
        assertEquals(approx, found.get(0).approx());
        assertEquals(written.length(), found.get(0).end());
    }

    @Test
    void aFullWidthCommaBetweenHalfWidthDigitsSeparatesTwoNumbers() {
        assertEquals(List.of(3.0, 500.0), values("各组分别是3，500"));
    }

    @Test
    void aDigitPairIsTwoNumbersAndLongerDigitRunsArePositional() {
        assertEquals(List.of(3.0, 40.0), values("三四十"));
        assertEquals(List.of(2023.0), values("二〇二三"));
        assertEquals(List.of(123.0), values("一二三"));
    }

    @Test
    void megaIsNotTrillion() {
        assertEquals(List.of(50.0), values("五十兆瓦"));
    }

    @Test
    void aPercentWordWithNoNumberIsNoHundred() {
        assertEquals(List.of(), values("占到百分之"));
    }

    private static List<Double> values(String text) {
        return Numbers.find(text).stream().map(Numbers.Mention::value).toList();
    }
}
