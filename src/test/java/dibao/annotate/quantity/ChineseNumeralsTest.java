package dibao.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一百零三点四 | 103.4
            十五        | 15
            两          | 2
            廿          | 20
            廿三        | 23
            〇          | 0
            二〇二三     | 2023
            两千四百五   | 2450
            一万五       | 15000
            一亿二千万   | 120000000
            十万亿       | 10000000000000
            三万五千亿   | 3500000000000
            一亿零五万   | 100050000
            壹佰伍拾     | 150
            一点五亿     | 150000000
            3万4000     | 34000
            二兆三千亿   | 2300000000000
            一兆零五百亿 | 1050000000000
            七兆二十亿零八万 | 7002000080000
            """)
    void parses(String numeral, double value) {
        assertEquals(value, ChineseNumerals.parse(numeral), 1e-6);
    }

    @Test
    void malformedNumeralsAreNaN() {
        assertTrue(Double.isNaN(ChineseNumerals.parse("七十百")));
        assertTrue(Double.isNaN(ChineseNumerals.parse("点五")));
        assertTrue(Double.isNaN(ChineseNumerals.parse("兆五亿")));
        assertTrue(Double.isNaN(Numbers.parse("零点")));
    }

    @Test
    void numbersInTextKeepTheirSigns() {
        assertEquals(-32, Numbers.parse("负三十二"), 0);
        assertEquals(-101000, Numbers.parse("-10.1万"), 0);
        assertEquals(0.5, Numbers.find("约.5").get(0).value(), 0);
    }
}
