package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dibao.doc.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures take which period: plans, titles, quotations, descriptions, stocks, reported rates. */
class FigurePeriodTest {

    private final StatisticsBuilder builder = new StatisticsBuilder();

    private List<Fact> build(ArticleFixture a) {
        return builder.build(ArticleFixture.hengyang("2023-02-10"), a.article(), a.quantities, a.times, List.of());
    }

    @Test
    void aProjectsPlannedInvestmentIsNoTargetAndHasNoPeriod() {
        // the quantity stage calls a figure after 计划 a target; the plan of a project is not one
        ArticleFixture a = new ArticleFixture("1月29日，雁城智能装备产业园正式开工。据了解，该产业园规划用地600亩，"
                + "计划总投资25亿元，项目建设周期为24个月。")
                .t("1月29日", "2023-01-29")
                .q("600亩", 600, "mu", "measure").q("25亿元", 2.5e9, "CNY", "target").q("24个月", 24, "month", "target");
        List<Fact> facts = build(a);
        assertNull(facts.get(1).period());
        assertNull(facts.get(2).period());
        assertEquals("计划总投资", facts.get(1).indicator());
    }

    @Test
    void aYearEndAlreadyPastIsAStateReachedAFutureOneATarget() {
        // issue year 2023: 2022年末 is a count on record, 到2025年 a figure due
        ArticleFixture a = new ArticleFixture("2022年末，全市常住人口为652.8万人。到2025年，全市常住人口力争达到660万人。")
                .t("2022年末", "2022").t("到2025年", "2025")
                .q("652.8万人", 6.528e6, "人", "count").q("660万人", 6.6e6, "人", "target");
        List<Fact> facts = build(a);
        assertEquals("count", facts.get(0).kind());
        assertEquals("2022", facts.get(0).period());
        assertEquals("target", facts.get(1).kind());
        assertEquals("2025", facts.get(1).period());
    }

    @Test
    void aFigureOfTheHeadlineTakesThePeriodOfItsCopyInTheBody() {
        ArticleFixture a = new ArticleFixture("约谈12家危化品企业\n衡阳日报讯 3月2日，市应急管理局召开约谈会，"
                + "对检查中发现隐患的12家危化品企业进行集中约谈。")
                .titled("约谈12家危化品企业")
                .t("3月2日", "2023-03-02")
                .q("12家", 12, "家", "count").q("12家", 1, 12, "家", "count");
        List<Fact> facts = build(a);
        assertEquals("2023-03-02", facts.get(0).period());
        assertEquals("2023-03-02", facts.get(1).period());
    }

    @Test
    void aSpeakersWordsAreNotDatedByTheNarration() {
        ArticleFixture a = new ArticleFixture("今年以来，园区企业订单饱满。\n“我们公司年产值近2亿元，可提供岗位200多个。”负责人李明说。")
                .t("今年以来", "2023")
                .q("2亿元", 2e8, "CNY", "amount").q("200多个", 200, "个", "count");
        List<Fact> facts = build(a);
        assertNull(facts.get(0).period());
        assertNull(facts.get(1).period());
    }

    @Test
    void aFigureDescribingAThingIsNotDatedByTheEventOfItsSentence() {
        ArticleFixture a = new ArticleFixture("去年，该公司签约入驻产业园，投资建设年产值8000万元的智能包装项目。"
                + "今年1月，该公司实现产值600万元。")
                .t("去年", "2022").t("今年1月", "2023-01")
                .q("8000万元", 8e7, "CNY", "amount").q("600万元", 6e6, "CNY", "amount");
        List<Fact> facts = build(a);
        assertNull(facts.get(0).period());
        assertEquals("2023-01", facts.get(1).period());
    }

    @Test
    void aStockNowHasNoPeriod() {
        ArticleFixture a = new ArticleFixture("2022年，该厂扩建了两条生产线。目前已有120名工人上岗。")
                .t("2022年", "2022")
                .q("120名", 120, "名", "count");
        assertNull(build(a).get(0).period());
    }

    @Test
    void aRateOfAYearlyIndicatorReportedOnADayIsThatYears() {
        ArticleFixture a = new ArticleFixture("4月12日，市长在接受采访时表示，全市GDP增速6%左右有信心实现。")
                .t("4月12日", "2023-04-12")
                .q("6%", 6, "%", "rate");
        Fact f = build(a).get(0);
        assertEquals("2023", f.period());
    }

    @Test
    void theWholeYearIsTheYearOfThePeriodTheTextIsAbout() {
        ArticleFixture a = new ArticleFixture("一季度，全市城镇新增就业1.3万人。全年计划新增城镇就业5.2万人以上。")
                .t("一季度", "2023-01/2023-03")
                .q("1.3万人", 13000, "人", "count").q("5.2万人", 52000, "人", "target");
        List<Fact> facts = build(a);
        assertEquals("2023-01/2023-03", facts.get(0).period());
        assertEquals("2023", facts.get(1).period());
    }

    @Test
    void thingsTheTextRefersToAreNotDatedByItsRunningTime() {
        ArticleFixture a = new ArticleFixture("今年是全面建设的开局之年。会议要求，要围绕五大主导产业和12条产业链，完善金融服务。"
                + "2023年全市计划新增贷款300亿元。")
                .t("今年", "2023").t("2023年", "2023")
                .q("12条", 12, "条", "count").q("300亿元", 3e10, "CNY", "amount");
        List<Fact> facts = build(a);
        assertEquals("衡阳市", facts.get(0).subject());
        assertNull(facts.get(0).period());
        assertEquals("2023", facts.get(1).period());
    }

    @Test
    void aFigureBeforeAMeasureNounKeepsThePeriodOfItsSentence() {
        ArticleFixture a = new ArticleFixture("2022年，全县外贸逆势上扬，实现了12.6%的增长。")
                .t("2022年", "2022")
                .q("12.6%", 12.6, "%", "rate");
        assertEquals("2022", build(a).get(0).period());
    }

    @Test
    void aQuotationMarkNeverClosedInTheParagraphQuotesNothing() {
        ArticleFixture a = new ArticleFixture("2022年，全县新建“四好农村路”，新修村道186公里。\n")
                .t("2022年", "2022")
                .q("186公里", 186, "km", "measure");
        ArticleFixture b = new ArticleFixture("2022年，全县启动“村村通工程，新修村道186公里。\n")
                .t("2022年", "2022")
                .q("186公里", 186, "km", "measure");
        assertEquals("2022", build(a).get(0).period());
        assertEquals("2022", build(b).get(0).period());
    }
}
