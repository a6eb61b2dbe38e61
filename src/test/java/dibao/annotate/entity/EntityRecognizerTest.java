package dibao.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dibao.annotate.entity.EntityRecognizer.ArticleMentions;
import dibao.doc.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Entity recognition on sentences written for these tests in the style of a local newspaper. */
class EntityRecognizerTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<Entity> entities(String text) {
        return RECOGNIZER.consolidate(List.of(new ArticleMentions("a1", RECOGNIZER.recognize(text))));
    }

    /** Person name -> title. */
    private static Map<String, String> persons(String text) {
        Map<String, String> out = new HashMap<>();
        entities(text).stream().filter(e -> e.type().equals("person")).forEach(e -> out.put(e.name(), e.title()));
        return out;
    }

    private static Set<String> orgs(String text) {
        return entities(text).stream().filter(e -> e.type().equals("org")).map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void titleChainOfOnePersonAndTheNextOne() {
        Map<String, String> p = persons("2月9日，市委书记龙海川，市委副书记、市长程立远率代表团赴外地考察。");
        assertEquals("市委书记", p.get("龙海川"));
        assertEquals("市委副书记、市长", p.get("程立远"));
        assertEquals(2, p.size(), p.toString());
    }

    @Test
    void titleChainWithAPlaceInside() {
        Map<String, String> p = persons("省委常委、株洲市委书记甘文博，株洲市委副书记、市长彭立川出席座谈会。");
        assertEquals("省委常委、株洲市委书记", p.get("甘文博"));
        assertEquals("株洲市委副书记、市长", p.get("彭立川"));
    }

    @Test
    void chainMixingRolesKeepsTheFirstRole() {
        Map<String, String> p = persons("会上，全国人大代表、岳麓精工有限公司董事长詹明轩说，企业信心更足了。");
        assertEquals("全国人大代表", p.get("詹明轩"));
    }

    @Test
    void aCompanysPostsChainAndAThirdCharBeforeASayingVerbBelongsToTheName() {
        Map<String, String> p = persons("该公司党委书记、董事长罗清和介绍，公司海外订单占比明显提升。");
        assertEquals("公司党委书记、董事长", p.get("罗清和"), p.toString());
        assertEquals(1, p.size(), p.toString());
        // 等 closes a list: it is no name's third char
        assertEquals(Map.of("严涛", "市领导"), persons("市领导严涛等参加调研。"));
    }

    @Test
    void everydayRolesAreTitles() {
        Map<String, String> p = persons("“今年的稻子长势好。”松岭镇种粮大户蒋满仓说。村民柯小英也在田间忙碌。");
        assertEquals("松岭镇种粮大户", p.get("蒋满仓"), p.toString());
        assertEquals("村民", p.get("柯小英"), p.toString());
        assertEquals(Map.of(), persons("居民生活水平稳步提高，市民游客络绎不绝。"));
    }

    @Test
    void aBranchIsPartOfTheCompanyNameAndAShortNameLeadsATitle() {
        String text = "云岭汽车工业有限公司柳溪分公司一季度交付新车1.2万辆。丰源药业董事长蔺守诚表示，将加大研发投入。";
        assertTrue(orgs(text).contains("云岭汽车工业有限公司柳溪分公司"), orgs(text).toString());
        assertEquals("丰源药业董事长", persons(text).get("蔺守诚"));
        Set<String> banks = orgs("一季度，长沙银行株洲分行新增贷款12亿元，招商银行也加大了投放，中国人民银行出台新规。");
        assertEquals(Set.of("长沙银行株洲分行", "招商银行"), banks);
    }

    @Test
    void companyTitleKeepsTheCompany() {
        Map<String, String> p = persons("“今年订单排到了年底。”恒昌泵阀股份有限公司董事长汤启明介绍。");
        assertEquals("恒昌泵阀股份有限公司董事长", p.get("汤启明"));
    }

    @Test
    void sharedTitleOfAList() {
        Map<String, String> p = persons("市领导柏云峰、阮思齐、滕国梁参加。株洲市领导卓一鸣、商德厚等参加考察。");
        assertEquals("市领导", p.get("柏云峰"));
        assertEquals("市领导", p.get("阮思齐"));
        assertEquals("市领导", p.get("滕国梁"));
        assertEquals("株洲市领导", p.get("卓一鸣"));
        assertEquals("株洲市领导", p.get("商德厚"));
    }

    @Test
    void bylineRolesBecomeTitles() {
        Map<String, String> p = persons("本报讯（通讯员 房立新 全媒体记\n者 黎思远 实习生 季晓棠）近日，某镇召开会议。\n"
                + "■文/图 湘中日报全媒体记者 柯雨桐");
        assertEquals("通讯员", p.get("房立新"));
        assertEquals("全媒体记者", p.get("黎思远"));
        assertEquals("实习生", p.get("季晓棠"));
        assertEquals("全媒体记者", p.get("柯雨桐"));
    }

    @Test
    void threeCharNameIsOneNameAndTwoCharNameStopsBeforeTheVerb() {
        Map<String, String> p = persons("市委书记侯振宇赴企业调研。副市长朱亮率队检查，朱亮强调要抓好安全。");
        assertEquals("市委书记", p.get("侯振宇"));
        assertEquals("副市长", p.get("朱亮"));
        assertFalse(p.containsKey("侯振"));
        assertFalse(p.containsKey("朱亮率"));
    }

    @Test
    void titleWrittenAfterTheName() {
        assertEquals("总书记", persons("深入学习贯彻柴国华总书记的重要讲话。").get("柴国华"));
    }

    @Test
    void fullCompanyName() {
        assertEquals(Set.of("华湘重型机械有限公司"), orgs("走进华湘重型机械有限公司生产车间，工人们正在赶制订单。"));
    }

    @Test
    void bracketedCompanyNameAndItsShortForm() {
        List<Entity> es = entities("锦绣坊（衡阳）正式投产\n记者在锦绣坊（衡阳）服饰有限公司看到，车间里机器轰鸣。");
        List<Entity> orgs = es.stream().filter(e -> e.type().equals("org")).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("锦绣坊（衡阳）服饰有限公司", orgs.get(0).name());
        assertTrue(orgs.get(0).aliases().contains("锦绣坊（衡阳）"), orgs.get(0).aliases().toString());
    }

    @Test
    void shortFormLinksToTheFullName() {
        List<Entity> orgs = entities("货车停靠在东川物流有限责任公司码头。东川物流位于江边，是一家综合物流企业。")
                .stream().filter(e -> e.type().equals("org")).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("东川物流有限责任公司", orgs.get(0).name());
        assertEquals(List.of("东川物流"), orgs.get(0).aliases());
    }

    @Test
    void shortNamesInAListOfEnterprises() {
        assertEquals(Set.of("岳峰重工", "星河科技"), orgs("代表团深入岳峰重工、星河科技、湘江软件园、滨江产业城等企业考察。"));
    }

    @Test
    void tradeNameBeforeItsWorkshopAndItsShortForm() {
        List<Entity> orgs = entities("高新区株洲凯拓电源生产车间里一片繁忙。春节期间凯拓电源接到海外订单。")
                .stream().filter(e -> e.type().equals("org")).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("株洲凯拓电源", orgs.get(0).name());
        assertEquals(List.of("凯拓电源"), orgs.get(0).aliases());
    }

    @Test
    void governmentBodiesAndGenericCompaniesAreNotOrgs() {
        assertEquals(Set.of(), orgs("市生态环境局组织召开约谈会。该公司负责人表示，要做强平台公司。"));
    }

    @Test
    void noFalsePersons() {
        Map<String, String> p = persons("来自广东的张先生说道，活动很有意义。自初八起，江口、石门、松林等码头已全面复工，"
                + "大家全力以赴抓生产，同时也要注重安全。游客们在馆内参观。");
        assertEquals(Map.of(), p);
    }

    @Test
    void untitledPersonMarkedByTheVerbAfterIt() {
        assertEquals(Set.of("冉启航"), persons("冉启航介绍，育苗池的水温要控制好。").keySet());
    }

    @Test
    void placesAreNormalisedWithCodeAndParentButAreNotEntities() {
        List<Mention> ms = RECOGNIZER.recognize("会议在湘潭县石潭镇召开，衡南县、衡阳的干部参加。");
        List<Entity> places = RECOGNIZER.places(List.of(new ArticleMentions("a1", ms)));
        Map<String, Entity> byName = places.stream().collect(Collectors.toMap(Entity::name, e -> e));
        assertEquals("430321112", byName.get("石潭镇").code());
        assertEquals("湖南省湘潭市湘潭县石潭镇", byName.get("石潭镇").parent());
        assertEquals("430422", byName.get("衡南县").code());
        assertEquals("湖南省衡阳市衡南县", byName.get("衡南县").parent());
        assertEquals("4304", byName.get("衡阳市").code());
        assertTrue(RECOGNIZER.consolidate(List.of(new ArticleMentions("a1", ms))).stream()
                .noneMatch(e -> e.type().equals("place")));
    }
}
