package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dibao.doc.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Growth and comparison clauses: what a change measures, against what, for whom, and when. */
class GrowthClausesTest {

    private final StatisticsBuilder builder = new StatisticsBuilder();

    private List<Fact> build(ArticleFixture a) {
        return builder.build(ArticleFixture.hengyang("2023-10-25"), a.article(), a.quantities, a.times, List.of());
    }

    @Test
    void theYearComparedWithIsNoPeriod() {
        // the period resolver reports 上年 and 去年; as comparison bases they date nothing
        ArticleFixture a = new ArticleFixture("前三季度，全市外贸进出口总额356.8亿元，比上年同期增长14.2%。"
                + "全市社会消费品零售总额720.5亿元，较去年同期增长6.9%。")
                .t("前三季度", "2023-01/2023-09").t("上年", "2022").t("去年", "2022")
                .q("356.8亿元", 3.568e10, "CNY", "amount").q("14.2%", 14.2, "%", "rate")
                .q("720.5亿元", 7.205e10, "CNY", "amount").q("6.9%", 6.9, "%", "rate");
        List<Fact> facts = build(a);
        String p = "2023-01/2023-09";
        assertEquals("外贸进出口总额", facts.get(1).indicator());
        assertEquals(p, facts.get(1).period());
        assertEquals(p, facts.get(2).period());
        assertEquals("社会消费品零售总额", facts.get(3).indicator());
        assertEquals(p, facts.get(3).period());
    }

    @Test
    void aGapToTheWiderAverageMeasuresTheFigureBefore() {
        ArticleFixture a = new ArticleFixture("1—8月，全市规模工业增加值同比增长8.4%，高于全省平均水平1.6个百分点。"
                + "固定资产投资增长9.2%，增速比全省高2.1个百分点。")
                .t("1—8月", "2023-01/2023-08")
                .q("8.4%", 8.4, "%", "rate").q("1.6个百分点", 1.6, "pp", "change")
                .q("9.2%", 9.2, "%", "rate").q("2.1个百分点", 2.1, "pp", "change");
        List<Fact> facts = build(a);
        assertEquals("规模工业增加值", facts.get(1).indicator());
        assertEquals("固定资产投资", facts.get(3).indicator());
    }

    @Test
    void aNetIncreaseCountsWhatTheFigureBeforeCounts() {
        ArticleFixture a = new ArticleFixture("截至9月底，全市市场主体达到38.6万户，净增2.3万户。")
                .t("截至9月底", "2023-01/2023-09")
                .q("38.6万户", 386000, "户", "count").q("2.3万户", 23000, "户", "count");
        assertEquals("市场主体", build(a).get(1).indicator());
    }

    @Test
    void respectivelyOverListedSubjects() {
        ArticleFixture a = new ArticleFixture("今年以来，全市新签约项目120个。雁峰区、石鼓区新签约项目分别达到18个和15个。")
                .t("今年以来", "2023")
                .q("120个", 120, "个", "count").q("18个", 18, "个", "count").q("15个", 15, "个", "count");
        List<Fact> facts = build(a);
        assertEquals("雁峰区", facts.get(1).subject());
        assertEquals("石鼓区", facts.get(2).subject());
        assertEquals("新签约项目", facts.get(2).indicator());
        assertEquals("2023", facts.get(2).period());
    }

    @Test
    void whatAnOrganisationHasNowIsAStockWithoutPeriod() {
        ArticleFixture a = new ArticleFixture("2022年，该厂实现产值3.2亿元。工厂现有员工420人，拥有实用新型专利28项。")
                .t("2022年", "2022")
                .q("3.2亿元", 3.2e8, "CNY", "amount").q("420人", 420, "人", "count").q("28项", 28, "项", "count");
        List<Fact> facts = build(a);
        assertEquals("2022", facts.get(0).period());
        assertNull(facts.get(1).period());
        assertNull(facts.get(2).period());
    }

    @Test
    void aShareIsOfTheFigureBeforeIt() {
        ArticleFixture a = new ArticleFixture("1—9月，全市民营企业进出口286.4亿元，占全市进出口总额的71.5%。")
                .t("1—9月", "2023-01/2023-09")
                .q("286.4亿元", 2.864e10, "CNY", "amount").q("71.5%", 71.5, "%", "share");
        assertEquals("民营企业进出口占全市进出口总额", build(a).get(1).indicator());
    }

    @Test
    void aDueDateAfterToIsNoPartOfTheIndicator() {
        ArticleFixture a = new ArticleFixture("根据规划，到2025年粮食综合生产能力稳定在320万吨以上。")
                .t("2025年", "2025")
                .q("320万吨", 3.2e6, "t", "target");
        Fact f = build(a).get(0);
        assertEquals("粮食综合生产能力", f.indicator());
        assertEquals("2025", f.period());
    }

    @Test
    void whatAGoalIsAfterAQuotationMark() {
        ArticleFixture a = new ArticleFixture("雁峰区发改局负责人说：“今年我们的目标是引进亿元以上项目40个。”")
                .t("今年", "2023")
                .q("40个", 40, "个", "target");
        Fact f = build(a).get(0);
        assertEquals("亿元以上项目", f.indicator());
        assertEquals("2023", f.period());
    }

    @Test
    void aTotalAfterANewCountTotalsWhatItCounts() {
        ArticleFixture a = new ArticleFixture("2022年，全市新增规模工业企业186家，总数达到1920家。")
                .t("2022年", "2022")
                .q("186家", 186, "家", "count").q("1920家", 1920, "家", "count");
        assertEquals("规模工业企业总数", build(a).get(1).indicator());
    }

    @Test
    void theVerbBetweenAnIndustryAndItsOutputGoes() {
        ArticleFixture a = new ArticleFixture("2022年，全市电子信息产业实现产值860亿元。")
                .t("2022年", "2022")
                .q("860亿元", 8.6e10, "CNY", "amount");
        assertEquals("电子信息产业产值", build(a).get(0).indicator());
    }

    @Test
    void aComparableBasisBeforeRespectivelyIsNoIndicator() {
        ArticleFixture a = new ArticleFixture("国庆假期，全省接待游客3120万人次，实现旅游收入205亿元，按可比口径分别增长18.5%和21.3%。")
                .t("国庆假期", "2023-09-29/2023-10-06")
                .q("3120万人次", 3.12e7, "人次", "count").q("205亿元", 2.05e10, "CNY", "amount")
                .q("18.5%", 18.5, "%", "rate").q("21.3%", 21.3, "%", "rate");
        List<Fact> facts = build(a);
        assertEquals("接待游客", facts.get(2).indicator());
        assertEquals("旅游收入", facts.get(3).indicator());
    }

    @Test
    void aRiseInPointsMeasuresTheRateBefore() {
        ArticleFixture a = new ArticleFixture("一季度，全市空气质量优良天数比例为88.9%，同比上升3.3个百分点。")
                .t("一季度", "2023-01/2023-03")
                .q("88.9%", 88.9, "%", "rate").q("3.3个百分点", 3.3, "pp", "change");
        assertEquals("空气质量优良天数比例", build(a).get(1).indicator());
    }

    @Test
    void fromOneYearsFigureToAnothersAndTheAverageBetween() {
        ArticleFixture a = new ArticleFixture("过去五年，全县地区生产总值由2017年的186亿元增加到2022年的265亿元，年均增长7.3%。")
                .t("过去五年", "2018/2022").t("2017年", "2017").t("2022年", "2022")
                .q("186亿元", 1.86e10, "CNY", "amount").q("265亿元", 2.65e10, "CNY", "amount").q("7.3%", 7.3, "%", "rate");
        List<Fact> facts = build(a);
        assertEquals("地区生产总值", facts.get(0).indicator());
        assertEquals("2017", facts.get(0).period());
        assertEquals("地区生产总值", facts.get(1).indicator());
        assertEquals("2022", facts.get(1).period());
        assertEquals("地区生产总值", facts.get(2).indicator());
        assertEquals("2018/2022", facts.get(2).period());
    }

    @Test
    void theStriveWordBeforeAGrowthIsNoPartOfTheIndicator() {
        ArticleFixture a = new ArticleFixture("2023年，全县地区生产总值力争增长7.5%。")
                .t("2023年", "2023")
                .q("7.5%", 7.5, "%", "target");
        assertEquals("地区生产总值", build(a).get(0).indicator());
    }

    @Test
    void respectivelyOverListedIndicators() {
        ArticleFixture a = new ArticleFixture("1—5月，全市进出口、出口、进口分别增长9.1%、11.4%和5.2%。")
                .t("1—5月", "2023-01/2023-05")
                .q("9.1%", 9.1, "%", "rate").q("11.4%", 11.4, "%", "rate").q("5.2%", 5.2, "%", "rate");
        List<Fact> facts = build(a);
        assertEquals("进出口", facts.get(0).indicator());
        assertEquals("出口", facts.get(1).indicator());
        assertEquals("进口", facts.get(2).indicator());
    }

    @Test
    void howARateMovedMeasuresTheFigureBefore() {
        ArticleFixture a = new ArticleFixture("1—5月，全市规模以上工业企业利润总额同比下降4.1%，降幅比一季度收窄2.2个百分点。")
                .t("1—5月", "2023-01/2023-05").t("一季度", "2023-01/2023-03")
                .q("4.1%", 4.1, "%", "rate").q("2.2个百分点", 2.2, "pp", "change");
        Fact f = build(a).get(1);
        assertEquals("规模以上工业企业利润总额", f.indicator());
        assertEquals("2023-01/2023-05", f.period());
    }

    @Test
    void listedSubjectsRespectivelyWithTheIndicatorBefore() {
        ArticleFixture a = new ArticleFixture("1—6月，全市新增市场主体2.8万户。其中，衡南县、祁东县分别为3600户和2900户。")
                .t("1—6月", "2023-01/2023-06")
                .q("2.8万户", 28000, "户", "count").q("3600户", 3600, "户", "count").q("2900户", 2900, "户", "count");
        List<Fact> facts = build(a);
        assertEquals("衡南县", facts.get(1).subject());
        assertEquals("新增市场主体", facts.get(1).indicator());
        assertEquals("祁东县", facts.get(2).subject());
        assertEquals("新增市场主体", facts.get(2).indicator());
        assertEquals("2023-01/2023-06", facts.get(2).period());
    }
}
