package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dibao.doc.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a figure counts when the noun is not right before it, and counts that are no statistics. */
class IndicatorClassesTest {

    private final StatisticsBuilder builder = new StatisticsBuilder();

    private List<Fact> build(ArticleFixture a) {
        return builder.build(ArticleFixture.hengyang("2023-02-10"), a.article(), a.quantities, a.times, List.of());
    }

    @Test
    void aCountOfActionsCountsTheActionAfterIt() {
        ArticleFixture a = new ArticleFixture("近日，省林业局公布表彰名单，我市榜上有名。这是我市第四次获评全省森林防火先进单位。")
                .q("第四次", 4, "次", "count");
        Fact f = build(a).get(0);
        assertEquals("获评全省森林防火先进单位", f.indicator());
        assertEquals("衡阳市", f.subject());
    }

    @Test
    void aDifferenceFromTheBaseCountsWhatTheFigureBeforeCounts() {
        ArticleFixture a = new ArticleFixture("全市新开工亿元以上项目58个，比上年同期多9个。")
                .q("58个", 58, "个", "count").q("9个", 9, "个", "count");
        List<Fact> facts = build(a);
        assertEquals("新开工亿元以上项目", facts.get(1).indicator());
        assertEquals("衡阳市", facts.get(1).subject());
    }

    @Test
    void theAspectsOfAListAreNoStatisticButTheWorkInThemIs() {
        ArticleFixture a = new ArticleFixture("会议要求，要从稳增长、促消费、优环境等六个方面持续发力。"
                + "全市将围绕产业发展、民生保障等8个方面的重点工作，细化为120项具体任务。")
                .q("六个", 6, "个", "count").q("8个", 8, "个", "count").q("120项", 120, "项", "count");
        List<Fact> facts = build(a);
        assertNull(facts.get(0).subject());
        assertEquals("重点工作", facts.get(1).indicator());
        assertEquals("衡阳市", facts.get(1).subject());
        assertEquals("具体任务", facts.get(2).indicator());
    }

    @Test
    void aThresholdTheTextSetsIsNoStatistic() {
        ArticleFixture a = new ArticleFixture("今年，全市将实施村级集体经济壮大工程，以年收入10万元为标准，新增达标村150个。")
                .t("今年", "2023")
                .q("10万元", 1e5, "CNY", "amount").q("150个", 150, "个", "count");
        List<Fact> facts = build(a);
        assertNull(facts.get(0).subject());
        assertEquals("衡阳市", facts.get(1).subject());
        assertEquals("2023", facts.get(1).period());
    }

    @Test
    void aMeansBeforeTheVerbIsNoIndicator() {
        ArticleFixture a = new ArticleFixture("今年以来，全市通过“政银企对接会”帮助860余家小微企业获得贷款。")
                .t("今年以来", "2023")
                .q("860余家", 860, "家", "count");
        assertEquals("小微企业", build(a).get(0).indicator());
    }

    @Test
    void anExpectedTotalIsWhatIsExpected() {
        ArticleFixture a = new ArticleFixture("1至11月，全市外贸进出口总值420亿元。预计全年进出口总值将突破460亿元。")
                .t("1至11月", "2023-01/2023-11")
                .q("420亿元", 4.2e10, "CNY", "amount").q("460亿元", 4.6e10, "CNY", "target");
        Fact f = build(a).get(1);
        assertEquals("进出口总值", f.indicator());
        assertEquals("2023", f.period());
    }

    @Test
    void whatTheReporterSeesOnEnteringIsAScene() {
        ArticleFixture a = new ArticleFixture("走进雁城智能装备公司的车间，6台焊接机器人同时作业。在展厅里，数件新产品整齐摆放。"
                + "今年一季度，该公司完成产值1.8亿元。")
                .t("今年一季度", "2023-01/2023-03")
                .q("6台", 6, "台", "count").q("1.8亿元", 1.8e8, "CNY", "amount");
        List<Fact> facts = build(a);
        assertNull(facts.get(0).subject());
        assertEquals("雁城智能装备公司", facts.get(1).subject());
    }

    @Test
    void aClauseOpeningWithAsWellAsIsNoThreshold() {
        ArticleFixture a = new ArticleFixture("2022年，全市出口机电产品86亿元，以及高新技术产品32亿元。")
                .t("2022年", "2022")
                .q("86亿元", 8.6e9, "CNY", "amount").q("32亿元", 3.2e9, "CNY", "amount");
        assertEquals("衡阳市", build(a).get(1).subject());
    }
}
