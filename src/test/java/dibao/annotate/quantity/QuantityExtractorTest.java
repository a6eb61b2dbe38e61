package dibao.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static Quantity only(String text, String surface) {
        List<Quantity> qs = EXTRACTOR.extract(text);
        List<Quantity> hits = qs.stream().filter(q -> text.substring(q.start(), q.end()).equals(surface)).toList();
        assertEquals(1, hits.size(), () -> "expected one quantity '" + surface + "' in " + text + " but got " + qs);
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sentence                                         | span        | value        | unit | approx   | kind
            前三季度，全县社会消费品零售总额达256.7亿元，同比增长6.3%。 | 256.7亿元 | 25670000000 | CNY | - | amount
            前三季度，全县社会消费品零售总额达256.7亿元，同比增长6.3%。 | 6.3%      | 6.3         | %   | - | change
            全年实现税收1,234.5万元。                               | 1,234.5万元 | 12345000    | CNY | - | amount
            31个行业中有22个利润增长，增长面达71.0%。                   | 71.0%     | 71.0        | %   | - | share
            变压器产量1.26亿千伏安，增长21.3%。                         | 1.26亿千伏安 | 126000000 | kVA | - | measure
            园区新入驻企业10 家，带动就业500人。                       | 10 家      | 10          | 家  | - | count
            全市共建成标准化厂房一百零三点四万平方米。                     | 一百零三点四万平方米 | 1034000 | m2 | - | measure
            今年该镇新建十五个村级服务站。                              | 十五个      | 15          | 个  | - | count
            全村两百户村民用上了自来水。                                | 两百户      | 200         | 户  | - | count
            廿个项目同时开工。                                        | 廿个        | 20          | 个  | - | count
            该公司累计出口机电产品１２３台。                             | １２３台     | 123         | 台  | - | count
            该基地年产蔬菜3.16万吨。                                  | 3.16万吨    | 31600       | t   | - | amount
            全年招商引资到位资金1.2亿元。                              | 1.2亿元     | 120000000   | CNY | - | amount
            新建的物流园年营业收入近亿元。                              | 亿元        | 100000000   | CNY | under | amount
            展会期间上万条信息在平台发布。                              | 万条        | 10000       | 条  | over | count
            车间里摆放着数十个育苗箱。                                  | 十个        | 10          | 个  | over | count
            新建仓储设施千余平方米。                                   | 千余平方米   | 1000        | m2  | over | measure
            全乡约三分之一的农户种植油茶。                               | 三分之一     | 33.333333333333336 | % | about | share
            贷款利率下调了百分之五。                                    | 百分之五     | -5          | %   | - | change
            该村五成以上的劳动力在本地就业。                             | 五成        | 50          | %   | at_least | rate
            果农今年增收两成半。                                      | 两成半      | 25          | %   | - | change
            全区存贷比稳定在1:1。                                     | 1:1         | 1.0         | ratio | - | rate
            农业总产值与工业产值之比为3:1。                             | 3:1         | 3.0         | ratio | - | rate
            该县经济总量居全省第三位。                                  | 第三        | 3           | rank | - | rank
            这是该校第三次获得这一荣誉。                                 | 第三次      | 3           | 次   | - | count
            营业收入增长超300%。                                      | 300%        | 300         | %   | over | change
            货物约3.16万吨运往东盟。                                   | 3.16万吨    | 31600       | t   | about | amount
            乡里推广插秧机170余台。                                   | 170余台     | 170         | 台  | over | count
            合作社提供就业岗位300多个。                                | 300多个     | 300         | 个  | over | count
            全县饮用水达标率保持在80%以上。                             | 80%         | 80          | %   | at_least | rate
            预计全年增长7.5%左右。                                    | 7.5%        | 7.5         | %   | about | target
            参训人员不到200人。                                      | 200人       | 200         | 人  | under | count
            超过6000吨货物滞留港口。                                  | 6000吨      | 6000        | t   | over | amount
            出口额下降12.5%。                                       | 12.5%       | -12.5       | %   | - | change
            工业用电量回落3.2个百分点。                                | 3.2个百分点  | -3.2        | pp  | - | change
            城镇登记失业率比上年提高0.4个百分点。                        | 0.4个百分点  | 0.4         | pp  | - | change
            服务业增加值占GDP比重达52.1%。                             | 52.1%       | 52.1        | %   | - | share
            全市森林覆盖率达到67.8%。                                  | 67.8%       | 67.8        | %   | - | rate
            力争到2025年，全市高新技术企业达到800家。                     | 800家       | 800         | 家  | - | target
            实现外贸进出口额5200万美元。                               | 5200万美元   | 52000000    | USD | - | amount
            合同金额达300万欧元。                                      | 300万欧元    | 3000000     | EUR | - | amount
            新修机耕道12.5公里。                                      | 12.5公里    | 12.5        | km  | - | measure
            古樟树高18m，胸径约120cm。                                 | 18m         | 18          | m   | - | measure
            古樟树高18m，胸径约120cm。                                 | 120cm       | 120         | cm  | about | measure
            完成高标准农田建设2.3万亩。                                 | 2.3万亩     | 23000       | mu  | - | measure
            新增造林面积120公顷。                                      | 120公顷     | 120         | ha  | - | measure
            辖区面积约85平方公里。                                     | 85平方公里   | 85          | km2 | about | measure
            清淤土方4.2万立方米。                                      | 4.2万立方米  | 42000       | m3  | - | measure
            当天最高气温达36℃。                                       | 36℃         | 36          | °C  | - | measure
            全县平均降雨量120毫米。                                     | 120毫米     | 120         | mm  | - | measure
            项目建设周期为18个月。                                      | 18个月      | 18          | month | - | measure
            该古井距今约800年。                                        | 800年       | 800         | year | about | measure
            培训班为期3天。                                           | 3天         | 3           | day | - | measure
            景区接待游客1.5万人次。                                     | 1.5万人次    | 15000       | 人次 | - | count
            全镇新发展家庭农场45家。                                    | 45家        | 45          | 家  | - | count
            新建村级公路120条。                                        | 120条       | 120         | 条  | - | count
            共举办培训班12期。                                         | 12期        | 12          | 期  | - | count
            新建5G基站1200座。                                        | 1200座      | 1200        | 座  | - | count
            新建乡镇卫生院3所。                                        | 3所         | 3           | 所  | - | count
            开行中欧班列26列。                                         | 26列        | 26          | 列  | - | count
            单体投资大于等于5000万元的项目由市里统筹。                     | 5000万元    | 50000000    | CNY | at_least | amount
            单笔贷款小于10万元的免收手续费。                              | 10万元      | 100000      | CNY | under | amount
            新建污水厂日处理能力不小于300吨。                              | 300吨       | 300         | t   | at_least | measure
            每个班级学生数不大于45人。                                   | 45人        | 45          | 人  | at_most | count
            全镇至少有12家企业完成技术改造。                               | 12家        | 12          | 家  | at_least | count
            古镇全年接待游客超过了80万人次。                               | 80万人次     | 800000      | 人次 | over | count
            试验田亩产最多为650公斤。                                    | 650公斤     | 650         | kg  | at_most | measure
            耕地面积在5000亩或以上的乡镇列入名单。                          | 5000亩      | 5000        | mu  | at_least | measure
            单价≥200元的商品参加抽奖。                                   | 200元       | 200         | CNY | at_least | amount
            该港全年货物吞吐量１２，３４５万吨。                            | １２，３４５万吨 | 123450000 | t   | - | amount
            工程尾款82，500.00元已结清。                                 | 82，500.00元 | 82500       | CNY | - | amount
            全国社会融资规模存量达三兆五千亿元。                            | 三兆五千亿元  | 3500000000000 | CNY | - | amount
            园区全年实现营收56.8 亿元。                                  | 56.8 亿元   | 5680000000  | CNY | - | amount
            这家外资企业追加投资两个亿美元。                               | 两个亿美元   | 200000000   | USD | - | amount
            对泰出口额达到5000万泰铢。                                    | 5000万泰铢  | 50000000    | THB | - | amount
            农贸市场猪肉每斤卖到15元5角。                                  | 15元5角     | 15.5        | CNY | - | amount
            鸡蛋每斤六块三毛钱。                                         | 六块三毛钱   | 6.3         | CNY | - | amount
            青菜每斤2元3角5分。                                          | 2元3角5分   | 2.35        | CNY | - | amount
            公交票价定为一元零五分。                                       | 一元零五分   | 1.05        | CNY | - | amount
            光伏电站装机容量达到120兆瓦。                                  | 120兆瓦     | 120000      | kW  | - | measure
            对投资额500万元（含）以上的项目给予奖励。                          | 500万元     | 5000000     | CNY | at_least | amount
            古镇节假日日均客流过万人次。                                   | 万人次      | 10000       | 人次 | over | count
            这部本土电影票房破亿元。                                      | 亿元        | 100000000   | CNY | over | amount
            全县将投入数十亿元改善交通。                                  | 十亿元      | 1000000000  | CNY | over | amount
            村里为修路筹集了几十万元。                                    | 十万元      | 100000      | CNY | over | amount
            一盒明前茶卖到九千块钱。                                      | 九千块钱     | 9000        | CNY | - | amount
            """)
    void finds(String sentence, String span, double value, String unit, String approx, String kind) {
        Quantity q = only(sentence, span);
        assertEquals(value, q.value(), Math.abs(value) * 1e-9, "value");
        assertEquals(unit, q.unit(), "unit");
        assertEquals(approx, q.approx(), "approx");
        assertEquals(kind, q.kind(), "kind");
    }

    @ParameterizedTest(name = "no quantity in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            3月16日上午，市委召开常委会。
            2023年是全面贯彻落实二十大精神的开局之年。
            十四届全国人大一次会议在京开幕。
            全市5G基站建设稳步推进。
            大力实施“三高四新”战略，打造五好园区。
            构建一港两园一枢纽发展格局，推进六大强农行动。
            90后返乡青年成为创业主力。
            景区获评国家AAA级旅游景区。
            上午8点，工作人员已到岗。
            详见本报第三版。
            这是新年开局的第一仗，也是发展的第一要务。
            首届农民丰收节开幕。
            咨询电话：0734-8123456，邮编421001。
            中央一号文件对乡村振兴作出部署。
            奋力打好“十四五”开局之战。
            千家万户都用上了天然气。
            今年前2个月，外贸形势稳中向好。
            近五年来，全县累计投入资金。
            这是一个重要的机遇。
            要做好四篇文章，推动“三个高地”建设。
            打通物流最后一公里。
            这个项目一年营收两个亿。
            新能源汽车零部件生产线投产。
            合作社带富一方百姓，民警守护一方平安。
            一方水土养一方人。
            县人民医院能开展四级手术，正创建三级医院，启动二级应急响应。
            """)
    void findsNothing(String sentence) {
        assertEquals(List.of(), EXTRACTOR.extract(sentence));
    }

    @Test
    void rangesGiveOneQuantityPerEndWithTheSecondEndsUnit() {
        String text = "预计全市气温23～28℃，降雨量250至350毫米，增速1%至2%，最低气温6℃至7℃。";
        List<Quantity> qs = EXTRACTOR.extract(text);
        List<String> got = qs.stream().map(q -> text.substring(q.start(), q.end()) + "=" + q.value() + q.unit()).toList();
        assertEquals(List.of("23=23.0°C", "28℃=28.0°C", "250=250.0mm", "350毫米=350.0mm", "1%=1.0%", "2%=2.0%",
                "6℃=6.0°C", "7℃=7.0°C"), got);
        assertTrue(qs.get(0).range() && qs.get(1).range());
    }

    @Test
    void aRangeLendsItsMagnitudeToTheFirstEnd() {
        String text = "单户补贴3至5万元。";
        List<Quantity> qs = EXTRACTOR.extract(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals(30000, qs.get(0).value(), 1e-9);
        assertEquals(50000, qs.get(1).value(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            每户可获补贴两到三万元。           | 20000 | 30000
            项目总投资一百二十到一百五十万元。   | 1200000 | 1500000
            每亩可增收两至三千元。             | 2000 | 3000
            新建厂房从8000到2万平方米不等。     | 8000 | 20000
            单户奖补1万(含)-3万元。           | 10000 | 30000
            村里三四十户人家种上了脐橙。       | 30 | 40
            合作社今年预计增收八九亿元。        | 800000000 | 900000000
            每亩补贴三五百元。                | 300 | 500
            养殖户增收两三成。                | 20 | 30
            果园七八个品种同时上市。            | 7 | 8
            利润率提高了百分之二三十。          | 20 | 30
            """)
    void aChineseRangeOrDigitPairLendsTheSecondEndsMagnitudeToTheFirst(String text, double low, double high) {
        List<Quantity> qs = EXTRACTOR.extract(text);
        assertEquals(List.of(low, high), qs.stream().map(Quantity::value).toList());
        assertTrue(qs.get(0).range() && qs.get(1).range());
    }

    @Test
    void aFullWidthCommaBetweenHalfWidthDigitsIsTheListComma() {
        String text = "东西村分别投入20，300元。";
        List<String> got = EXTRACTOR.extract(text).stream().map(q -> q.surface() + "=" + q.value()).toList();
        assertEquals(List.of("300元=300.0"), got);
    }

    @Test
    void megaIsNoTrillion() {
        assertEquals(List.of(), EXTRACTOR.extract("风电场装机容量五十兆瓦。").stream()
                .filter(q -> q.value() > 1e6).toList());
    }

    @Test
    void ranksInAListFollowTheFirst() {
        String text = "该县粮食产量和增速分别居全省第二、第五。";
        List<Quantity> qs = EXTRACTOR.extract(text);
        assertEquals(List.of("第二", "第五"), qs.stream().map(Quantity::surface).toList());
        assertEquals(5, qs.get(1).value(), 0);
        assertEquals("rank", qs.get(1).kind());
    }

    @Test
    void aDirectionWordGovernsEveryFigureOfItsClause() {
        String text = "出口和进口分别下降8.1%和3.4%。";
        List<Quantity> qs = EXTRACTOR.extract(text);
        assertEquals(List.of(-8.1, -3.4), qs.stream().map(Quantity::value).toList());
    }

    @Test
    void longRunsOfDigitsAndNumeralsAreLinear() {
        String digits = "1".repeat(200_000);
        String numerals = "一二三四五六七八九十".repeat(20_000);
        String mixed = "3.1万吨，".repeat(40_000);
        // generous: the machine is shared; catastrophic backtracking on 200k chars would take hours
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            EXTRACTOR.extract(digits + "元");
            EXTRACTOR.extract(numerals + "个");
            assertEquals(40_000, EXTRACTOR.extract(mixed).size());
        });
    }
}
