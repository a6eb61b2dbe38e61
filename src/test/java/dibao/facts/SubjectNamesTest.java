package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dibao.annotate.entity.Mention;
import dibao.doc.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects named the way local news names them: institutions, departments, villages; mastheads are none. */
class SubjectNamesTest {

    private final StatisticsBuilder builder = new StatisticsBuilder();

    private List<Fact> build(ArticleFixture a) {
        return builder.build(ArticleFixture.hengyang("2023-02-10"), a.article(), a.quantities, a.times, List.of());
    }

    @Test
    void theMastheadOfTheDatelineIsNoSubject() {
        ArticleFixture a = new ArticleFixture("东岭物流全面复工\n衡阳日报讯 2月3日上午，十多辆货车停靠在东岭物流有限公司码头，"
                + "5000多吨钢材正在有序装卸。")
                .titled("东岭物流全面复工")
                .t("2月3日上午", "2023-02-03")
                .q("5000多吨", 5000, "t", "amount");
        assertEquals("东岭物流有限公司", build(a).get(0).subject());
    }

    @Test
    void anInstitutionCalledByItsPlaceAndShortForm() {
        ArticleFixture a = new ArticleFixture("周一上午，衡阳市中级人民法院召开新闻发布会。\n"
                + "据悉，2022年以来，衡阳中院持续推进巡回审判。先后开展巡回审判26期，旁听群众2100余人次。")
                .t("2022年以来", "2022/2023")
                .q("26期", 26, "期", "count").q("2100余人次", 2100, "人次", "count");
        List<Fact> facts = build(a);
        assertEquals("衡阳中院", facts.get(0).subject());
        assertEquals("衡阳中院", facts.get(1).subject());
    }

    @Test
    void aMuseumNamedAfterItsCity() {
        ArticleFixture a = new ArticleFixture("春节假期，衡阳博物馆推出“博物馆里过大年”系列活动，吸引市民前来打卡。"
                + "在展厅里，游客们排队参观。整个假期共接待游客3.2万人次。")
                .t("春节假期", "2023-01")
                .q("3.2万人次", 32000, "人次", "count");
        assertEquals("衡阳博物馆", build(a).get(0).subject());
    }

    @Test
    void aProvincialDepartmentStandsForTheProvince() {
        ArticleFixture a = new ArticleFixture("这15个乡镇分别是：雁峰区岳屏镇、石鼓区角山镇等。\n本次评选工作，由省商务厅组织开展，经企业申报，"
                + "市州推荐，最终认定了86家企业。")
                .q("86家", 86, "家", "count");
        assertEquals("湖南省", build(a).get(0).subject());
    }

    @Test
    void aVillageOpeningTheSentenceAndPointedBack() {
        ArticleFixture a = new ArticleFixture("石门村位于县城东北，平均海拔600米以上。今年，该村种植茶叶1200亩。")
                .t("今年", "2023")
                .q("600米", 600, "m", "measure").q("1200亩", 1200, "mu", "measure");
        List<Fact> facts = build(a);
        assertEquals("石门村", facts.get(0).subject());
        assertEquals("石门村", facts.get(1).subject());
    }

    @Test
    void aVerbBeforeVillageWordsNamesNoVillage() {
        ArticleFixture a = new ArticleFixture("2022年，全市培育高素质农民2800人。举办农村实用人才培训班26期，经乡镇推荐学员900人。")
                .t("2022年", "2022")
                .q("2800人", 2800, "人", "count").q("26期", 26, "期", "count").q("900人", 900, "人", "count");
        List<Fact> facts = build(a);
        assertEquals("衡阳市", facts.get(1).subject());
        assertEquals("衡阳市", facts.get(2).subject());
    }

    @Test
    void aParenthesisInsideTheCountedName() {
        ArticleFixture a = new ArticleFixture("截至目前，全市累计建成省级现代农业产业园（示范区）4个，接待观众（含学生）3.2万人次。")
                .q("4个", 4, "个", "count").q("3.2万人次", 32000, "人次", "count");
        List<Fact> facts = build(a);
        assertEquals("衡阳市", facts.get(0).subject());
        assertEquals("省级现代农业产业园（示范区）", facts.get(0).indicator());
        assertEquals("接待观众（含学生）", facts.get(1).indicator());
    }

    @Test
    void aCooperativeNamedInFullAndPointedBack() {
        ArticleFixture a = new ArticleFixture("在祁东县，青禾果蔬专业合作社的大棚里一片繁忙。去年，合作社销售收入1600万元，"
                + "该社带动农户户均增收9000元。")
                .t("去年", "2022")
                .q("1600万元", 1.6e7, "CNY", "amount").q("9000元", 9000, "CNY", "amount");
        List<Fact> facts = build(a);
        assertEquals("青禾果蔬专业合作社", facts.get(0).subject());
        assertEquals("青禾果蔬专业合作社", facts.get(1).subject());
    }

    @Test
    void aHeadlinesShortNameResolvesToTheLegalNameOfTheBody() {
        ArticleFixture a = new ArticleFixture("云岭电子公司订单排到年底\n走进湖南云岭电子科技有限公司的车间，生产线满负荷运转。"
                + "今年上半年，云岭电子公司完成产值4.6亿元。")
                .titled("云岭电子公司订单排到年底")
                .t("今年上半年", "2023-01/2023-06")
                .q("4.6亿元", 4.6e8, "CNY", "amount");
        assertEquals("湖南云岭电子科技有限公司", build(a).get(0).subject());
    }

    @Test
    void inAParagraphAboutACountyLevelCityTheWholeCityIsIt() {
        String text = "枫林市是有名的竹器之乡。去年，该市竹器产业产值达到86亿元。目前，全市拥有竹器企业420家。\n"
                + "今年，全市将新建高标准农田12万亩。";
        int at = text.indexOf("枫林市");
        ArticleFixture a = new ArticleFixture(text)
                .t("去年", "2022").t("今年", "2023")
                .q("86亿元", 8.6e9, "CNY", "amount").q("420家", 420, "家", "count").q("12万亩", 1.2e5, "mu", "measure");
        List<Fact> facts = builder.build(ArticleFixture.hengyang("2023-02-10"), a.article(), a.quantities, a.times,
                List.of(new Mention("place", "枫林市", null, at, at + 3)));
        assertEquals("枫林市", facts.get(0).subject());
        assertEquals("枫林市", facts.get(1).subject());
        assertEquals("衡阳市", facts.get(2).subject());
    }

    @Test
    void theCitysCourtAndStation() {
        ArticleFixture a = new ArticleFixture("今年以来，市中级人民法院共受理各类案件4180件。春运期间，衡阳南站发送旅客52.6万人次。")
                .t("今年以来", "2023")
                .q("4180件", 4180, "件", "count").q("52.6万人次", 526000, "人次", "count");
        List<Fact> facts = build(a);
        assertEquals("衡阳市中级人民法院", facts.get(0).subject());
        assertEquals("受理各类案件", facts.get(0).indicator());
        assertEquals("衡阳南站", facts.get(1).subject());
    }

    @Test
    void theWholeCountyIsTheCountyNotTheTownshipNamedAfterIt() {
        String text = "走进衡南县云集街道的育秧工厂，流水线正在运转。今年全县计划种植早稻32万亩。";
        int county = text.indexOf("衡南县");
        int township = text.indexOf("云集街道");
        ArticleFixture a = new ArticleFixture(text)
                .t("今年", "2023")
                .q("32万亩", 3.2e5, "mu", "measure");
        List<Fact> facts = builder.build(ArticleFixture.hengyang("2023-03-08"), a.article(), a.quantities, a.times,
                List.of(new Mention("place", "衡南县", null, county, county + 3),
                        new Mention("place", "云集街道", null, township, township + 4)));
        assertEquals("衡南县", facts.get(0).subject());
    }

    @Test
    void aBanksBranchAndThisBankSinceTheStartOfTheYear() {
        ArticleFixture a = new ArticleFixture("今年以来，建设银行衡阳分行加大信贷投放。截至5月末，该行各项贷款余额612亿元，较年初新增58亿元。")
                .t("今年以来", "2023").t("截至5月末", "2023-01/2023-05").t("年初", "2023")
                .q("612亿元", 6.12e10, "CNY", "amount").q("58亿元", 5.8e9, "CNY", "amount");
        List<Fact> facts = build(a);
        assertEquals("建设银行衡阳分行", facts.get(0).subject());
        assertEquals("各项贷款余额", facts.get(0).indicator());
        assertEquals("建设银行衡阳分行", facts.get(1).subject());
        assertEquals("各项贷款余额", facts.get(1).indicator());
        assertEquals("2023-01/2023-05", facts.get(1).period());
    }

    @Test
    void theHospitalOpeningAClausePointsBack() {
        ArticleFixture a = new ArticleFixture("去年，祁东县人民医院门诊量突破52万人次，三级手术占比提升至31%。医院现有编制床位900张。")
                .t("去年", "2022")
                .q("52万人次", 520000, "人次", "count").q("31%", 31, "%", "share").q("900张", 900, "张", "count");
        List<Fact> facts = build(a);
        assertEquals("祁东县人民医院", facts.get(0).subject());
        assertEquals("三级手术占比", facts.get(1).indicator());
        assertEquals("编制床位", facts.get(2).indicator());
        assertEquals("祁东县人民医院", facts.get(2).subject());
    }

    @Test
    void aScenicAreaAndTheAreaPointedBack() {
        ArticleFixture a = new ArticleFixture("今年1至8月，岣嵝峰景区共接待游客320万人次。为应对客流高峰，景区新增停车位800个。")
                .t("今年1至8月", "2023-01/2023-08")
                .q("320万人次", 3.2e6, "人次", "count").q("800个", 800, "个", "count");
        List<Fact> facts = build(a);
        assertEquals("岣嵝峰景区", facts.get(0).subject());
        assertEquals("接待游客", facts.get(0).indicator());
        assertEquals("岣嵝峰景区", facts.get(1).subject());
    }

    @Test
    void theOrdinalOfAnEventIsNoRankScope() {
        ArticleFixture a = new ArticleFixture("雁峰区新建口袋公园6个。\n9月16日，全市第十届全民健身运动会开幕，2600余名运动员参赛。")
                .t("9月16日", "2023-09-16")
                .q("6个", 6, "个", "count").q("2600余名", 2600, "名", "count");
        assertEquals("衡阳市", build(a).get(1).subject());
    }
}
