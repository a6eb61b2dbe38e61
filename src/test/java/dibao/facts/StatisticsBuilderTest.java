package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dibao.annotate.entity.Mention;
import dibao.doc.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsBuilderTest {

    private final StatisticsBuilder builder = new StatisticsBuilder();

    private List<Fact> build(ArticleFixture a, List<Mention> mentions) {
        return builder.build(ArticleFixture.hengyang("2023-04-20"), a.article(), a.quantities, a.times, mentions);
    }

    private static void assertFact(Fact f, String subject, String indicator, String period) {
        assertEquals(subject, f.subject(), "subject of " + f.text());
        assertEquals(indicator, f.indicator(), "indicator of " + f.text());
        assertEquals(period, f.period(), "period of " + f.text());
    }

    @Test
    void ourCityAndEllipticalGrowthAndImports() {
        ArticleFixture a = new ArticleFixture(
                "据雁城海关统计，今年前3月，我市进出口总额58.2亿元，同比增长21.4%。其中，出口40.1亿元，增长30.2%；"
                        + "进口18.1亿元，增长4.9%。")
                .t("今年前3月", "2023-01/2023-03")
                .q("58.2亿元", 5.82e9, "CNY", "amount").q("21.4%", 21.4, "%", "rate")
                .q("40.1亿元", 4.01e9, "CNY", "amount").q("30.2%", 30.2, "%", "rate")
                .q("18.1亿元", 1.81e9, "CNY", "amount").q("4.9%", 4.9, "%", "rate");
        List<Fact> facts = build(a, List.of());
        String p = "2023-01/2023-03";
        assertFact(facts.get(0), "衡阳市", "进出口总额", p);
        assertFact(facts.get(1), "衡阳市", "进出口总额", p);
        assertEquals("change", facts.get(1).kind());
        assertFact(facts.get(2), "衡阳市", "出口", p);
        assertFact(facts.get(3), "衡阳市", "出口", p);
        assertFact(facts.get(4), "衡阳市", "进口", p);
        assertFact(facts.get(5), "衡阳市", "进口", p);
        assertEquals("change", facts.get(5).kind());
    }

    @Test
    void theCompanyResolvesToItsFullNameAndRespectivelyDistributes() {
        String text = "湘江明辉机械制造有限公司是一家老牌企业。去年，该公司营业收入12.5亿元，利税2.3亿元，"
                + "同比分别增长35.2%和18.6%。";
        int org = text.indexOf("湘江明辉");
        ArticleFixture a = new ArticleFixture(text)
                .t("去年", "2022")
                .q("12.5亿元", 1.25e9, "CNY", "amount").q("2.3亿元", 2.3e8, "CNY", "amount")
                .q("35.2%", 35.2, "%", "rate").q("18.6%", 18.6, "%", "rate");
        List<Fact> facts = build(a, List.of(new Mention("org", "湘江明辉机械制造有限公司", null, org, org + 12)));
        String company = "湘江明辉机械制造有限公司";
        assertFact(facts.get(0), company, "营业收入", "2022");
        assertFact(facts.get(1), company, "利税", "2022");
        assertFact(facts.get(2), company, "营业收入", "2022");
        assertFact(facts.get(3), company, "利税", "2022");
    }

    @Test
    void companyNameFoundWithoutTheEntityRecogniser() {
        ArticleFixture a = new ArticleFixture("走进湖南金穗农业科技有限公司的车间，工人们正忙着包装。今年一季度，该公司销售额3200万元。")
                .t("今年一季度", "2023-01/2023-03")
                .q("3200万元", 3.2e7, "CNY", "amount");
        assertFact(build(a, List.of()).get(0), "湖南金穗农业科技有限公司", "销售额", "2023-01/2023-03");
    }

    @Test
    void periodIsInheritedAcrossSentencesAndParagraphs() {
        ArticleFixture a = new ArticleFixture("2022年，全市粮食播种面积达到560万亩。\n全市新建高标准农田28万亩，培育种粮大户1200户。")
                .t("2022年", "2022")
                .q("560万亩", 5.6e6, "mu", "measure").q("28万亩", 2.8e5, "mu", "measure")
                .q("1200户", 1200, "户", "count");
        List<Fact> facts = build(a, List.of());
        assertFact(facts.get(0), "衡阳市", "粮食播种面积", "2022");
        assertFact(facts.get(1), "衡阳市", "新建高标准农田", "2022");
        assertFact(facts.get(2), "衡阳市", "种粮大户", "2022");
    }

    @Test
    void amongThemNarrowsTheSubject() {
        ArticleFixture a = new ArticleFixture("今年，全省新增省级现代农业示范园区24个，其中我市5个。")
                .t("今年", "2023")
                .q("24个", 24, "个", "count").q("5个", 5, "个", "count");
        List<Fact> facts = build(a, List.of());
        assertFact(facts.get(0), "湖南省", "新增省级现代农业示范园区", "2023");
        assertFact(facts.get(1), "衡阳市", "新增省级现代农业示范园区", "2023");
    }

    @Test
    void amongThemNarrowsTheIndicator() {
        ArticleFixture a = new ArticleFixture("1—2月，全市规模工业增加值增长8.1%，其中高新技术产业增加值增长12.3%。")
                .t("1—2月", "2023-01/2023-02")
                .q("8.1%", 8.1, "%", "rate").q("12.3%", 12.3, "%", "rate");
        List<Fact> facts = build(a, List.of());
        assertFact(facts.get(0), "衡阳市", "规模工业增加值", "2023-01/2023-02");
        assertFact(facts.get(1), "衡阳市", "高新技术产业增加值", "2023-01/2023-02");
        assertEquals("change", facts.get(1).kind());
    }

    @Test
    void targetIsDueByItsYear() {
        ArticleFixture a = new ArticleFixture("会议提出，力争到2025年，全市森林覆盖率达到66%以上。")
                .t("到2025年", "2025")
                .q("66%", 66, "%", "rate");
        Fact f = build(a, List.of()).get(0);
        assertFact(f, "衡阳市", "森林覆盖率", "2025");
        assertEquals("target", f.kind());
    }

    @Test
    void rankTakesTheIndicatorItRanks() {
        ArticleFixture a = new ArticleFixture("2022年，全市森林覆盖率达64.2%，居全省第三。")
                .t("2022年", "2022")
                .q("64.2%", 64.2, "%", "rate").q("第三", 3, "rank", "rank");
        List<Fact> facts = build(a, List.of());
        assertFact(facts.get(1), "衡阳市", "森林覆盖率", "2022");
        assertEquals("rank", facts.get(1).kind());
    }

    @Test
    void districtNamedInTheSentenceAndTheCountry() {
        ArticleFixture a = new ArticleFixture("2022年，雁峰区地区生产总值增长6.2%。同年全国粮食产量6.87亿吨。")
                .t("2022年", "2022").t("同年", "2022")
                .q("6.2%", 6.2, "%", "rate").q("6.87亿吨", 6.87e8, "t", "amount");
        List<Fact> facts = build(a, List.of());
        assertFact(facts.get(0), "雁峰区", "地区生产总值", "2022");
        assertEquals("中国", facts.get(1).subject());
        assertEquals("粮食产量", facts.get(1).indicator());
    }

    @Test
    void countsTakeTheNounAfterTheirMeasureWord() {
        ArticleFixture a = new ArticleFixture("3月8日，银企对接会举行。活动中，全市12家银行机构与20家企业签约。")
                .t("3月8日", "2023-03-08")
                .q("12家", 12, "家", "count").q("20家", 20, "家", "count");
        List<Fact> facts = build(a, List.of());
        assertEquals("银行机构", facts.get(0).indicator());
        assertEquals("企业", facts.get(1).indicator());
        assertEquals("衡阳市", facts.get(0).subject());
    }

    @Test
    void aTreesHeightIsNotAStatistic() {
        ArticleFixture a = new ArticleFixture("村口这棵古樟树高25米，胸径约1.8米。")
                .q("25米", 25, "m", "measure").q("1.8米", 1.8, "m", "measure");
        List<Fact> facts = build(a, List.of());
        assertNull(facts.get(0).subject());
        assertNull(facts.get(1).subject());
    }

    @Test
    void aFigureInTheHeadlineTakesThePeriodOfTheSubtitle() {
        ArticleFixture a = new ArticleFixture("新增省级示范合作社 12 家\n去年全市农民合作社发展势头良好\n"
                + "本报讯 3月2日，全市农民合作社工作会议召开。")
                .titled("新增省级示范合作社 12 家", "去年全市农民合作社发展势头良好")
                .t("去年", "2022").t("3月2日", "2023-03-02")
                .q("12 家", 12, "家", "count");
        assertFact(build(a, List.of()).get(0), "衡阳市", "新增省级示范合作社", "2022");
    }
}
