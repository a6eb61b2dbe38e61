package dibao.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dibao.page.Page;
import dibao.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written for the tests in the style of a local paper; every person, place and figure is invented. */
class LayoutAnalyzerTest {

    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    private PageLayout layout(String text) {
        return analyzer.analyze(Page.of("test.txt", text, null));
    }

    private static String page(String... lines) {
        return "\n\n" + String.join("\n\n", lines) + "\n";
    }

    private static LaidOutArticle withHeadline(PageLayout l, String headline) {
        for (LaidOutArticle a : l.articles()) {
            if (headline.equals(a.headline())) {
                return a;
            }
        }
        throw new AssertionError("no article headed " + headline + " in " + headlines(l));
    }

    private static List<String> headlines(PageLayout l) {
        return l.articles().stream().map(LaidOutArticle::headline).toList();
    }

    private static String spanText(String page, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.of(page)).append('|');
        }
        return sb.toString();
    }

    private static List<String> names(LaidOutArticle a) {
        return a.credits().stream().map(Credit::name).toList();
    }

    // ------------------------------------------------------------------ headline far from body

    @Test
    void headlineAtTopOfPageFindsItsBodyPrintedAfterOtherArticles() {
        String text = page(
                "举办“春耕课堂” 培训新型农民",
                "云溪县春茶开采量同比增长两成",
                "云溪日报讯（全媒体记者 林晓峰）近日，云溪县春茶陆续开采，全县茶园面积达到3.2万亩，预计春茶产量同比增长两成。",
                "走进枫林乡的生态茶园，采茶工人正忙着采摘新芽，茶厂的制茶机器昼夜运转，茶农们脸上洋溢着丰收的喜悦。",
                "光明新区举办社区运动会",
                "云溪日报讯（记者 王丽）3月18日，光明新区第三届社区运动会开幕，来自12个社区的600余名居民参加拔河、跳绳等比赛。",
                "云溪日报讯（全媒体记者 赵一鸣 通讯员 钱多多）连日来，白石镇农技站举办“春耕课堂”，组织种粮大户和新型农民参加培训。",
                "培训课上，农技专家讲解了水稻育秧、测土配方施肥等技术，新型农民纷纷表示，春耕课堂让大家学到了真本事。");
        PageLayout l = layout(text);
        assertEquals(3, l.articles().size(), headlines(l).toString());
        LaidOutArticle far = withHeadline(l, "举办“春耕课堂” 培训新型农民");
        assertEquals(List.of("赵一鸣", "钱多多"), names(far));
        assertTrue(spanText(text, far.spans()).contains("白石镇农技站"));
        LaidOutArticle tea = withHeadline(l, "云溪县春茶开采量同比增长两成");
        assertEquals(List.of(), tea.subheadlines());
        assertFalse(spanText(text, tea.spans()).contains("春耕课堂"));
    }

    // ------------------------------------------------------------------ lost headline

    @Test
    void pageStartingWithBackJumpHasHeadlessArticle() {
        String text = page(
                "（上接第一版）全面推进老旧小区改造，新增停车位1200个；着力改善民生，新建幼儿园8所。",
                "在交通建设方面，全市将加快建设环城快速路，力争年内完成投资45亿元。",
                "枫林乡开展义诊进村活动",
                "云溪日报讯（通讯员 孙小梅）3月15日，县人民医院组织专家走进枫林乡开展义诊，为300余名村民免费体检。");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size());
        LaidOutArticle first = l.articles().get(0);
        assertNull(first.headline());
        assertEquals("第一版", first.continuedFrom());
        assertTrue(spanText(text, first.spans()).contains("环城快速路"));
        assertEquals("枫林乡开展义诊进村活动", l.articles().get(1).headline());
    }

    @Test
    void pageStartingWithSubheadlineHasNoHeadline() {
        String text = page(
                "前三季度，全县规模工业增加值增长9.1%，增速居全市第二",
                "云溪日报讯（全媒体记者 周敏）今年以来，云溪县工业经济稳中有进，前三季度规模工业增加值增长9.1%。",
                "新能源装备产业园二期开工",
                "云溪日报讯（记者 黄河）3月16日，云溪新能源装备产业园二期项目开工，计划总投资18亿元。");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size());
        LaidOutArticle first = l.articles().get(0);
        assertNull(first.headline());
        assertEquals(List.of("前三季度，全县规模工业增加值增长9.1%，增速居全市第二"), first.subheadlines());
        assertEquals("云溪日报讯", first.dateline());
    }

    // ------------------------------------------------------------------ interleaved paragraphs

    @Test
    void paragraphInterleavedWithAnotherArticleReturnsToItsOwn() {
        String text = page(
                "云溪县高标准农田建设提速",
                "云溪日报讯（记者 陈立）今年，云溪县把高标准农田建设作为粮食安全的头等大事，统筹整合涉农资金2.1亿元。",
                "截至目前，全县已累计投入资金1.6亿元，完成土地平整、田间道路、灌溉排水等工程建设，全县新建高标准农田",
                "县图书馆推出夜间阅读服务",
                "云溪日报讯（通讯员 吴悦）为满足市民夜间阅读需求，县图书馆自3月起延长开放时间至晚上九点。",
                "夜间开放以来，图书馆日均接待读者800余人次，自习室一座难求。",
                "5.6万亩，占年度高标准农田建设任务的八成，新建农田灌溉渠道120公里，农田亩产有望提高一成。");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size());
        LaidOutArticle farm = withHeadline(l, "云溪县高标准农田建设提速");
        assertTrue(farm.text().text().contains("全县新建高标准农田5.6万亩"), farm.text().text());
        LaidOutArticle library = withHeadline(l, "县图书馆推出夜间阅读服务");
        assertFalse(library.text().text().contains("5.6万亩"));
    }

    // ------------------------------------------------------------------ column cut

    @Test
    void wordCutByColumnIsRejoinedWithPageOffsets() {
        String text = page(
                "数字经济成为新引擎",
                "云溪日报讯（记者 田野）数字经济正在成为推动全县经济社会发",
                "展的重要引擎，去年全县数字经济规模突破80亿元。",
                "下一步，全县将加快建设大数据产业园。");
        PageLayout l = layout(text);
        assertEquals(1, l.articles().size());
        LaidOutArticle a = l.articles().get(0);
        String clean = a.text().text();
        int at = clean.indexOf("社会发展的");
        assertTrue(at >= 0, clean);
        int fa = clean.indexOf('发', at);
        assertEquals(text.indexOf("发\n"), a.text().pageIndex(fa));
        assertEquals(text.indexOf("展的"), a.text().pageIndex(fa + 1));
        assertTrue(clean.contains("突破80亿元。\n下一步"), clean);
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void blockPrintedTwiceIsMarkedOnItsLaterCopy() {
        String body1 = "云溪日报讯（全媒体记者 孟冬）3月14日，云溪县召开优化营商环境大会，发布了30条惠企措施，涉及减税降费、融资担保等方面。";
        String body2 = "会议要求，各部门要当好服务企业的“店小二”，全年新增市场主体5000户以上。";
        String text = page("云溪县发布30条惠企措施", body1, body2,
                "春季植树活动启动",
                "云溪日报讯（记者 林森）3月12日，云溪县春季义务植树活动启动，全县计划植树50万株。",
                body1, body2);
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size(), headlines(l).toString());
        LaidOutArticle a = withHeadline(l, "云溪县发布30条惠企措施");
        int second = text.lastIndexOf(body1);
        assertEquals(List.of(new Span(second, text.lastIndexOf(body2) + body2.length())), a.duplicateSpans());
        for (Span s : a.spans()) {
            assertTrue(s.end() <= second, "article keeps the first copy only: " + s);
        }
        assertTrue(withHeadline(l, "春季植树活动启动").duplicateSpans().isEmpty());
    }

    @Test
    void headlinePrintedOnlyWithTheSecondCopyStaysWithTheArticle() {
        String deck = "一季度全县接待游客120万人次，同比增长35%，旅游收入突破9亿元";
        String body1 = "云溪日报讯（全媒体记者 叶青）今年一季度，云溪县旅游市场持续升温，全县共接待游客120万人次。";
        String body2 = "其中，枫林古镇接待游客46万人次，成为全县最热门的打卡地，带动周边民宿入住率超过九成。";
        String text = page(deck, body1, body2,
                "农村公路提质改造全面启动",
                "云溪日报讯（记者 罗兵）3月13日，全县农村公路提质改造工程启动，今年将改造农村公路200公里。",
                "云溪旅游市场迎来“开门红”", deck, body1, body2);
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size(), headlines(l).toString());
        LaidOutArticle tour = withHeadline(l, "云溪旅游市场迎来“开门红”");
        assertEquals(List.of(deck), tour.subheadlines());
        int copy = text.lastIndexOf(deck);
        assertEquals(List.of(new Span(copy, text.lastIndexOf(body2) + body2.length())), tour.duplicateSpans());
        assertTrue(spanText(text, tour.spans()).startsWith("云溪旅游市场迎来“开门红”|"));
    }

    @Test
    void paragraphWhoseSecondHalfRepeatsAnotherIsAPartialDuplicate() {
        String repeated = "举办全县首届乡村厨师技能大赛和农家菜品鉴会，通过现场比拼、评委打分、群众投票等方式，评出十佳农家菜。";
        String text = page(
                "乡村美食节吸引八方来客",
                "云溪日报讯（记者 郭静）3月11日，云溪县首届乡村美食节在枫林古镇开幕，吸引游客2万余人次。",
                "美食节以“品乡村味道”为主题，设置了特色小吃、农产品展销等区域，已成为推广乡村" + repeated,
                "旅游的重要平台，当地还推出了美食地图，方便游客寻味。",
                "据悉，美食节期间，云溪县还" + repeated,
                "节能宣传周活动举行",
                "云溪日报讯（通讯员 金石）3月10日，县发改局在人民广场举行节能宣传周启动仪式，发放宣传资料3000余份。");
        PageLayout l = layout(text);
        LaidOutArticle food = withHeadline(l, "乡村美食节吸引八方来客");
        int stray = text.indexOf(repeated);
        assertEquals(List.of(new Span(stray, stray + repeated.length())), food.duplicateSpans());
        assertTrue(food.text().text().contains("推广乡村旅游的重要平台"), food.text().text());
        assertTrue(food.text().text().contains("云溪县还" + repeated));
    }

    // ------------------------------------------------------------------ jump lines

    @Test
    void jumpLinesBothWays() {
        String text = page(
                "（上接第一版）今年，全县将新建5G基站600个，实现乡镇以上区域全覆盖。",
                "云溪县打造县域商业体系",
                "云溪日报讯（全媒体记者 许航）近年来，云溪县大力推进县域商业体系建设，建成乡镇商贸中心15个。",
                "与此同时，全县还建成村级便民服务站210个，农产品上行渠道更加畅通。",
                "（下转第三版）",
                "枫林乡建成光伏电站",
                "云溪日报讯（记者 马良）枫林乡村级光伏电站日前并网发电，年发电量可达50万千瓦时。（下转第四版）");
        PageLayout l = layout(text);
        assertEquals(3, l.articles().size(), headlines(l).toString());
        assertEquals("第一版", l.articles().get(0).continuedFrom());
        assertNull(l.articles().get(0).headline());
        LaidOutArticle trade = withHeadline(l, "云溪县打造县域商业体系");
        assertEquals("第三版", trade.continuedTo());
        assertNull(trade.continuedFrom());
        assertTrue(spanText(text, trade.spans()).contains("（下转第三版）"));
        assertEquals("第四版", withHeadline(l, "枫林乡建成光伏电站").continuedTo());
    }

    // ------------------------------------------------------------------ photo captions

    @Test
    void photoWithCaptionAndPhotographerIsAPhotoArticle() {
        String text = page(
                "全县春季招聘会举行",
                "云溪日报讯（记者 何平）3月9日，云溪县春季大型招聘会举行，120家企业提供岗位4000余个。",
                "\n\n3月8日，在云溪经开区一家电子企业生产车间，工人们正在赶制出口订单。",
                "■云溪日报全媒体记者 刘洋 摄");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size(), headlines(l).toString());
        LaidOutArticle photo = l.articles().get(1);
        assertEquals("photo", photo.kind());
        assertNull(photo.headline());
        assertEquals(List.of("刘洋"), names(photo));
        assertTrue(spanText(text, photo.spans()).contains("工人们正在赶制出口订单"));
        assertEquals("news", l.articles().get(0).kind());
    }

    @Test
    void captionWithoutPhotographerStaysWithTheArticleAroundIt() {
        String text = page(
                "云溪首家智慧养老院投用",
                "■文/图 云溪日报全媒体记者 梁晨",
                "\n\n老人们在智慧养老院活动室里做手工。",
                "3月7日，云溪县首家智慧养老院正式投入使用，可提供床位260张。",
                "养老院配备了智能床垫、紧急呼叫等设备，护理人员可以实时掌握老人的身体状况。");
        PageLayout l = layout(text);
        assertEquals(1, l.articles().size());
        LaidOutArticle a = l.articles().get(0);
        assertEquals("news", a.kind());
        assertEquals(List.of("梁晨"), names(a));
        assertTrue(spanText(text, a.spans()).contains("做手工"));
    }

    // ------------------------------------------------------------------ title forms

    @Test
    void kickerAndHeadlineJoinedOnOneLine() {
        String text = page(
                "县委经济工作会议提出—— 全力打造湘南先进制造业基地",
                "云溪日报讯（全媒体记者 邓凯 通讯员 蒋薇）1月30日，云溪县委经济工作会议召开，会议提出全年地区生产总值增长7%左右。");
        LaidOutArticle a = layout(text).articles().get(0);
        assertEquals("全力打造湘南先进制造业基地", a.headline());
        assertEquals(List.of("县委经济工作会议提出——"), a.subheadlines());
    }

    @Test
    void kickerAboveAndSubtitleBelowTheHeadline() {
        String text = page(
                "春风送岗位",
                "云溪县新增就业岗位突破五千个",
                "全县37家重点企业集中招工，平均月薪超过5500元",
                "云溪日报讯（记者 彭程）连日来，云溪县人社局组织37家重点企业集中招工。");
        LaidOutArticle a = layout(text).articles().get(0);
        assertEquals("云溪县新增就业岗位突破五千个", a.headline());
        assertEquals(List.of("春风送岗位", "全县37家重点企业集中招工，平均月薪超过5500元"), a.subheadlines());
    }

    @Test
    void nameWithColonAndNextLineAreOneHeadline() {
        String text = page(
                "罗秀英：",
                "把豆腐坊开成“致富工坊”",
                "■文/图 云溪日报全媒体记者 秦岚",
                "凌晨四点，枫林乡的豆腐坊已经亮起了灯，罗秀英和工人们忙着磨豆、点卤。");
        LaidOutArticle a = layout(text).articles().get(0);
        assertEquals("罗秀英：把豆腐坊开成“致富工坊”", a.headline());
        assertEquals(List.of("秦岚"), names(a));
    }

    @Test
    void markdownHeadingAndBoldDateline() {
        String text = page(
                "全县项目建设观摩会召开",
                "## 一季度开工项目46个",
                "**云溪晚报讯** (全媒体记者 詹宁) 3月6日,全县项目建设观摩会召开,一季度全县新开工项目46个,总投资132亿元。",
                "## 枫林乡获评省级卫生乡镇",
                "**云溪晚报讯** (通讯员 姚远 见习记者 蔡琳) 近日,枫林乡获评省级卫生乡镇。");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size(), headlines(l).toString());
        LaidOutArticle a = withHeadline(l, "一季度开工项目46个");
        assertEquals(List.of("全县项目建设观摩会召开"), a.subheadlines());
        assertEquals("云溪晚报讯", a.dateline());
        assertEquals(List.of("詹宁"), names(a));
        assertFalse(a.text().text().contains("**"));
        assertFalse(a.text().text().contains("#"));
        LaidOutArticle b = withHeadline(l, "枫林乡获评省级卫生乡镇");
        assertEquals(List.of(new Credit("通讯员", "姚远"), new Credit("见习记者", "蔡琳")), b.credits());
        assertEquals("云溪晚报", l.paper());
    }

    // ------------------------------------------------------------------ datelines and bylines

    @Test
    void datelinesOfSeveralAgencies() {
        String text = page(
                "全省春耕备耕有序推进",
                "新华社长沙3月20日电（记者 石磊）记者从湖南省农业农村厅获悉，全省春耕备耕工作有序推进。",
                "三湘农机展开幕",
                "湖南日报11月15日讯（全媒体记者 龚雪）第五届三湘农机展今天开幕，展出农机具800余台。",
                "株洲新增两家专精特新企业",
                "株洲日报讯（记者 聂平）株洲市日前新增两家国家级专精特新“小巨人”企业。",
                "云溪代表团赴长沙招商",
                "衡阳晚报长沙讯（全媒体记者 彭飞）3月19日，云溪县代表团赴长沙开展招商推介活动。",
                "县城新增公共充电桩",
                "本报讯（记者 毛毅）今年以来，县城新增公共充电桩300个。");
        PageLayout l = layout(text);
        assertEquals(5, l.articles().size(), headlines(l).toString());
        assertEquals(List.of("新华社长沙3月20日电", "湖南日报11月15日讯", "株洲日报讯", "衡阳晚报长沙讯", "本报讯"),
                l.articles().stream().map(LaidOutArticle::dateline).toList());
        assertEquals(List.of("石磊"), names(l.articles().get(0)));
        assertEquals(List.of("毛毅"), names(l.articles().get(4)));
    }

    @Test
    void bylineWithSeveralRolesAndNamesAndCutAcrossLines() {
        String text = page(
                "云溪纺织产业园投产",
                "云溪日报讯（文/图 全媒体记者 邹敏 通讯员 韩冰 柳青 实习生 龙飞）3月5日，云溪纺织产业园首批企业投产。",
                "枫林乡建成农产品冷链仓",
                "云溪日报讯（通讯员 唐宁 全媒体记",
                "者 郝帅）近日，枫林乡农产品冷链仓建成投用，库容达到3000吨。");
        PageLayout l = layout(text);
        assertEquals(2, l.articles().size(), headlines(l).toString());
        LaidOutArticle a = l.articles().get(0);
        assertEquals(List.of(new Credit("全媒体记者", "邹敏"), new Credit("通讯员", "韩冰"), new Credit("通讯员", "柳青"),
                new Credit("实习生", "龙飞")), a.credits());
        LaidOutArticle b = l.articles().get(1);
        assertEquals(List.of(new Credit("通讯员", "唐宁"), new Credit("全媒体记者", "郝帅")), b.credits());
        assertTrue(b.text().text().contains("全媒体记者 郝帅"), b.text().text());
    }

    // ------------------------------------------------------------------ paper

    @Test
    void paperIsTheMostFrequentOnTheFromItsDatelinesAndBylinesNeverTheFileName() {
        String text = page(
                "全国两会代表热议乡村振兴",
                "新华社北京3月8日电（记者 任重）全国两会期间，代表委员围绕乡村振兴建言献策。",
                "云溪县召开安全生产会议",
                "云溪日报讯（记者 冯远）3月4日，云溪县召开安全生产工作会议。",
                "枫林乡茶叶合作社分红",
                "云溪日报讯（通讯员 齐心）近日，枫林乡茶叶合作社向社员分红60万元。",
                "县城老街焕新颜",
                "■文/图 云溪日报全媒体记者 苗圃",
                "经过半年改造，县城老街以崭新面貌迎接游客。");
        PageLayout l = analyzer.analyze(Page.of("衡阳日报_2023-03-17_01.txt", text, null));
        assertEquals("云溪日报", l.paper());
        LaidOutArticle wire = l.articles().get(0);
        assertEquals("新华社北京3月8日电", wire.dateline());
    }

    @Test
    void knownPaperInBylineCountsForThePaper() {
        String text = page(
                "雁城春色",
                "■衡阳晚报全媒体记者 蒋丽 摄",
                "湘江边的樱花竞相开放，吸引市民前来赏花。");
        assertEquals("衡阳晚报", layout(text).paper());
    }

    @Test
    void noticeAndColumnKinds() {
        String text = page(
                "云溪县自来水公司停水公告",
                "因管网改造，3月25日8时至18时，城区部分区域将暂停供水，请用户提前做好储水准备。",
                "特此公告。");
        assertEquals("notice", layout(text).articles().get(0).kind());
        String column = page(
                "老街上的百年药铺",
                "■文/图 云溪日报全媒体记者 苏木",
                "【老字号档案】",
                "仁和堂药铺始建于清光绪年间，至今已有120余年历史。");
        assertEquals("column", layout(column).articles().get(0).kind());
    }

    @Test
    void everySpanPointsIntoThePageAndTextMapsBack() {
        String text = "\uFEFF" + page(
                "云溪县发布30条惠企措施",
                "云溪日报讯（全媒体记者 孟冬）3月14日，云溪县召开优化营商环境大会，发布了30条惠企",
                "措施。");
        LaidOutArticle a = layout(text).articles().get(0);
        assertNotNull(a.headline());
        for (int i = 0; i < a.text().length(); i++) {
            int p = a.text().pageIndex(i);
            if (p >= 0) {
                assertEquals(text.charAt(p), a.text().text().charAt(i));
            }
        }
        assertTrue(a.text().text().contains("30条惠企措施。"));
    }

    // ------------------------------------------------------------------ page furniture, cut lines

    @Test
    void runningHeadAndDeskCreditsBelongToNoArticle() {
        String text = page(
                "云溪日报 2024年4月2日 星期二 第3版",
                "要闻 第3版",
                "全县油菜花进入盛花期",
                "云溪日报讯（记者 包容）眼下，云溪县8万亩油菜花进入盛花期，吸引大批游客。",
                "责任编辑：曹操 版式：关羽");
        PageLayout l = layout(text);
        assertEquals(1, l.articles().size(), headlines(l).toString());
        LaidOutArticle a = l.articles().get(0);
        assertEquals("全县油菜花进入盛花期", a.headline());
        assertFalse(spanText(text, a.spans()).contains("星期二"));
        assertFalse(spanText(text, a.spans()).contains("责任编辑"));
        assertEquals("云溪日报", l.paper());
    }

    @Test
    void shortPieceOfACutParagraphIsNotATitle() {
        String text = page(
                "全县15个村获评美丽乡村",
                "云溪日报讯（记者 甘霖）近日，全县15个村获评省级美丽乡村示范村，获评数量居全市第一。",
                "这15个村分别是:枫林乡东",
                "坪村、白石镇柳塘村、柳河镇石桥村等。",
                "下一步，全县将持续推进美丽乡村建设。");
        PageLayout l = layout(text);
        assertEquals(1, l.articles().size());
        LaidOutArticle a = l.articles().get(0);
        assertEquals(List.of(), a.subheadlines());
        assertTrue(a.text().text().contains("枫林乡东坪村"), a.text().text());
    }

    @Test
    void fiveMegabytePageIsLaidOutInLinearTime() {
        String huge = new dibao.cli.PageGenerator(5, "云溪日报").page(5_000_000);
        // CPU time of this thread, not wall time: the machine may be busy with other work
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        PageLayout l = layout(huge);
        double seconds = (mx.getCurrentThreadCpuTime() - start) / 1e9;
        assertTrue(seconds < 20, "5 MB page took " + seconds + " s of CPU");
        assertTrue(l.articles().size() > 5000, "articles: " + l.articles().size());
        assertEquals("云溪日报", l.paper());
    }

    @Test
    void aForwardJumpClosesTheArticleAndTheTitlesAfterItOpenTheNext() {
        String text = page(
                "云溪日报",
                "今日8版",
                "责任编辑 马晓云",
                "一季度全县外贸进出口增长9%",
                "云溪日报讯（记者 林晓峰）一季度，全县外贸进出口总额12.6亿元，同比增长9%。",
                "（下转第三版）",
                "县委常委会召开扩大会议",
                "部署春季安全生产工作",
                "3月12日，县委书记韩立明主持召开县委常委会扩大会议，传达学习全省安全生产电视电话会议精神，部署",
                "春季安全生产工作。会议要求，要压紧压实各方责任，坚决遏制重特大事故发生。");
        PageLayout l = layout(text);
        assertEquals(List.of("一季度全县外贸进出口增长9%", "部署春季安全生产工作"), headlines(l));
        LaidOutArticle trade = l.articles().get(0);
        assertEquals("第三版", trade.continuedTo());
        assertFalse(spanText(text, trade.spans()).contains("常委会"));
        LaidOutArticle meeting = l.articles().get(1);
        assertEquals(List.of("县委常委会召开扩大会议"), meeting.subheadlines(), "the cut first line is body, not a title");
        assertTrue(meeting.text().toString().contains("会议精神，部署春季安全生产工作。"), meeting.text().toString());
        for (LaidOutArticle a : l.articles()) {
            String all = spanText(text, a.spans());
            assertFalse(all.contains("今日8版") || all.contains("马晓云"), "page furniture in " + a.headline());
        }
    }

    @Test
    void aCommentarysSignatureStaysWithItAndTheAffiliationIsNoHeadline() {
        String text = page(
                "云溪日报讯（记者 林晓峰）今年春季，云溪县累计植树8万株，新增绿化面积260亩。",
                "时评",
                "让小公园装下大民生",
                "老城区的边角地上，一座座小公园正在长出来，居民下楼就能散步健身。",
                "□特约评论员 方若谷",
                "（作者单位：云溪学院）",
                "云溪一中举行百日誓师大会",
                "云溪日报讯（记者 周雯）4月1日，云溪一中举行高三百日誓师大会。");
        PageLayout l = layout(text);
        assertEquals(List.of("让小公园装下大民生", "云溪一中举行百日誓师大会"),
                headlines(l).stream().filter(h -> h != null).toList());
        LaidOutArticle comment = withHeadline(l, "让小公园装下大民生");
        assertTrue(spanText(text, comment.spans()).contains("方若谷"));
        for (LaidOutArticle a : l.articles()) {
            assertFalse(spanText(text, a.spans()).contains("作者单位"), "the affiliation is page furniture");
        }
    }

    @Test
    void aParagraphWrappedAtTheColumnWidthIsOneParagraph() {
        String text = page(
                "柳溪茶博会开幕",
                "云溪日报讯（记者 林晓峰）4月8日，柳溪",
                "茶博会在县会展中心开幕，吸引来自各地",
                "的客商8600人次，首日签约金额达2.4亿",
                "元，参展企业310家",
                "较上届增加45家。",
                "白石镇举办农民运动会",
                "云溪日报讯（记者 王丽）4月7日，白石镇举办第二届农民运动会。");
        PageLayout l = layout(text);
        assertEquals(List.of("柳溪茶博会开幕", "白石镇举办农民运动会"), headlines(l));
        String fair = l.articles().get(0).text().text();
        assertTrue(fair.contains("4月8日，柳溪茶博会在县会展中心开幕，吸引来自各地的客商8600人次，首日签约金额达2.4亿元，"),
                fair);
    }

    @Test
    void theRunningHeadPrintsTheIssueDateAnArticleDoesNot() {
        PageLayout headed = layout(page("云溪日报  2025年3月18日  星期二  第2版", "柳溪茶博会开幕",
                "云溪日报讯（记者 林晓峰）2025年3月17日，柳溪茶博会开幕。"));
        assertEquals(java.time.LocalDate.of(2025, 3, 18), headed.printedDate());
        PageLayout bare = layout(page("柳溪茶博会开幕", "云溪日报讯（记者 林晓峰）2025年3月17日，柳溪茶博会开幕。"));
        assertNull(bare.printedDate());
    }

    @Test
    void aLoneHeadlineOverAParagraphOpensAnArticleAMarkedSubheadDoesNot() {
        String text = page(
                "柳溪县春茶开采",
                "云溪日报讯（记者 林晓峰）连日来，柳溪县十二万亩茶园陆续开采，茶农们忙着采摘新芽。",
                "一、品牌带动产业升级",
                "近年来，柳溪县坚持品牌强茶，全县茶叶企业发展到六十余家，带动一万余户茶农增收致富。",
                "■ 电商打开销路",
                "今年以来，县里组织茶企入驻电商平台，线上销售额同比大幅增长，茶叶卖到了全国各地。",
                "让小茶叶成为富民大产业",
                "茶叶是柳溪的一张名片。做强这张名片，既要守住品质，也要讲好品牌故事，让好茶卖出好价钱。");
        PageLayout l = layout(text);
        assertEquals(List.of("柳溪县春茶开采", "让小茶叶成为富民大产业"), headlines(l));
        assertTrue(l.articles().get(0).text().text().contains("电商打开销路"));
    }
}
