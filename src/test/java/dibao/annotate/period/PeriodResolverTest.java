package dibao.annotate.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodResolverTest {

    private static final PeriodResolver RESOLVER = new PeriodResolver();
    private static final LocalDate ISSUE = LocalDate.of(2023, 3, 17);

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence (issue 2023-03-17)                     | expression            | period
            今年前2月，全县实现工业总产值88亿元。                  | 今年前2月               | 2023-01/2023-02
            1—2月，全区完成固定资产投资12亿元。                    | 1—2月                  | 2023-01/2023-02
            前2个月，该县外贸进出口增长两成。                       | 前2个月                 | 2023-01/2023-02
            1至10月，全市规上工业增加值增长6%。                    | 1至10月                 | 2022-01/2022-10
            去年，全镇新建村道12公里。                            | 去年                   | 2022
            今年，我县将新建学校3所。                             | 今年                   | 2023
            上半年，全县财政收入增长8%。                           | 上半年                 | 2023-01/2023-06
            一季度，全市新增市场主体5000户。                       | 一季度                 | 2023-01/2023-03
            截至2月底，全县累计发放贷款3亿元。                      | 截至2月底               | 2023-01/2023-02
            2023年12月至2024年2月，全省开展冬春行动。               | 2023年12月至2024年2月    | 2023-12/2024-02
            2021年11月至2022年10月，全县农产品出口额增长。            | 2021年11月至2022年10月   | 2021-11/2022-10
            近五年来，全县累计投入资金20亿元。                       | 近五年来                | 2018/2022
            三年来，全县累计新增就业2.1万人。                        | 三年来                  | 2020/2022
            2月当月，全县外贸进出口3.2亿元。                         | 2月当月                 | 2023-02
            “十四五”时期，全县将新建公园10个。                      | 十四五                 | 2021/2025
            到2025年，全县森林覆盖率达到70%。                       | 2025年                 | 2025
            3月16日上午，县委召开常委会议。                         | 3月16日上午             | 2023-03-16
            2月6日至7日，检查组深入企业检查。                       | 2月6日至7日             | 2023-02-06/2023-02-07
            今冬，全县计划修建山塘50口。                            | 今冬                   | 2022-12/2023-02
            去冬今春，全县新造林1.5万亩。                           | 去冬今春                | 2022-12/2023-05
            春节黄金周，景区接待游客3万人次。                        | 春节黄金周              | 2023-01-21/2023-01-27
            春节期间，景区接待游客3万人次。                          | 春节期间                | 2023-01
            2024年春节期间，超市销售额增长一成。                     | 2024年春节期间           | 2024-02
            2022年以来，全县新增就业1.2万人。                        | 2022年以来              | 2022/2023
            年初，县里出台了扶持政策。                              | 年初                   | 2023
            1月，全县完成造林2000亩。                               | 1月                    | 2023-01
            2022年，全县地区生产总值增长4.5%。                      | 2022年                 | 2022
            二〇二二年下半年，项目正式开工。                          | 二〇二二年下半年          | 2022-07/2022-12
            2021—2025年，全县计划投入资金100亿元。                   | 2021—2025年            | 2021/2025
            """)
    void resolves(String sentence, String expression, String period) {
        List<TimeMention> found = RESOLVER.find(sentence, ISSUE);
        List<TimeMention> hits = found.stream()
                .filter(t -> sentence.substring(t.start(), t.end()).equals(expression)).toList();
        assertEquals(1, hits.size(), () -> "expected '" + expression + "' in " + sentence + " but got " + found);
        assertEquals(period, hits.get(0).period());
    }

    @Test
    void aMonthNotYetReachedIsLastYears() {
        String text = "1至11月，全市外贸进出口增长10%。";
        List<TimeMention> found = RESOLVER.find(text, LocalDate.of(2023, 1, 31));
        assertEquals("2022-01/2022-11", found.get(0).period());
        assertEquals("relative", found.get(0).kind());
    }

    @Test
    void withoutAnIssueDateOnlyExplicitYearsResolve() {
        List<TimeMention> found = RESOLVER.find("3月17日，2月6日至7日，今年前2月，2023年3月16日", null);
        // the relative ones have no year to resolve against: no period rather than a wrong one
        assertEquals(List.of("2023-03-16"), found.stream().map(TimeMention::period).toList(), found.toString());
    }

    @Test
    void aBareDayIsOfTheIssueMonth() {
        String text = "6日上午，检查组来到县经开区。";
        assertEquals("2023-02-06", RESOLVER.find(text, LocalDate.of(2023, 2, 8)).get(0).period());
    }

    @Test
    void explicitYearsArePointsOrRanges() {
        List<TimeMention> found = RESOLVER.find("2022年和2019年至2021年", ISSUE);
        assertEquals(List.of("point", "range"), found.stream().map(TimeMention::kind).toList());
    }

    @Test
    void numbersThatAreNotYearsAreNoPeriods() {
        assertEquals(List.of(), RESOLVER.find("这株古树树龄约1000年，编号12345。", ISSUE));
    }

    @Test
    void longRunsAreLinear() {
        String digits = "2".repeat(200_000) + "年";
        String numerals = "一二三四五六七八九十".repeat(20_000) + "年";
        String months = "1月，".repeat(5_000);
        // generous: the machine is shared; catastrophic backtracking on 200k chars would take hours
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertEquals(List.of(), RESOLVER.find(digits, ISSUE));
            RESOLVER.find(numerals, ISSUE);
            assertEquals(5_000, RESOLVER.find(months, ISSUE).size());
        });
    }

    @Test
    void sinceWinterBeganRunsToTheIssueMonth() {
        String text = "入冬以来，县城管局出动巡查人员800人次。";
        assertEquals("2023-12", RESOLVER.find(text, LocalDate.of(2023, 12, 5)).get(0).period());
        assertEquals("2023-12/2024-01", RESOLVER.find(text, LocalDate.of(2024, 1, 20)).get(0).period());
    }
}
