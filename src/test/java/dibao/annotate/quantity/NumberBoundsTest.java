package dibao.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bounds written around bare numbers, in FORMAT.md's approx words; a range is one bound per end. */
class NumberBoundsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                          | bounds (value approx, range ends marked ~)
            报名者年龄须大于十八小于三十五          | 18.0 over, 35.0 under
            每户补贴不少于两千                    | 2000.0 at_least
            计划招收学员不大于40且不小于25         | 40.0 at_most, 25.0 at_least
            温度控制在15到20之间                  | 15.0 ~, 20.0 ~
            评分在60与80之间                     | 60.0 ~, 80.0 ~
            排名在第三和第八之间                   | 3.0 ~, 8.0 ~
            候选人数比五十多                      | 50.0 over
            这次得分比90低                       | 90.0 under
            合格率超过了百分之九十二点五            | 92.5 over
            每组至少有8人                        | 8.0 at_least
            每组最多为12人                       | 12.0 at_most
            参加者三千或者以上                     | 3000.0 at_least
            身高在175 之下                       | 175.0 under
            数值 ≤ 40                           | 40.0 at_most
            样本量 >= 30                         | 30.0 at_least
            占比小于 或 等于 四分之一              | 0.25 at_most
            共有二十几万                          | 200000.0 over
            今年的数量等于12                       | 12.0 -
            参观人数过百万                         | 1000000.0 over
            报名人数上千                          | 1000.0 over
            """)
    void readsTheBounds(String sentence, String expected) {
        List<String> got = NumberBounds.find(sentence).stream()
                .map(b -> b.value() + " " + (b.range() ? "~" : b.approx() == null ? "-" : b.approx())).toList();
        assertEquals(List.of(expected.split(", ")), got);
    }
}
