package dibao.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Makes synthetic newspaper pages for benchmarks and tests, from article templates written for
 * dibao (invented people, companies and figures): a masthead line, then several articles with
 * headline, dateline, body paragraphs cut into lines as an e-paper extraction does.
 * Deterministic for a seed.
 */
public final class PageGenerator {

    static final String[] PAPERS = {"株洲日报", "岳阳日报", "常德日报", "邵阳日报", "益阳日报", "郴州日报"};
    static final String[] CITIES = {"株洲市", "岳阳市", "常德市", "邵阳市", "益阳市", "郴州市"};
    static final String[] COUNTIES = {"青石县", "云溪区", "白沙县", "临江区", "枫林县", "松岭县", "石门湾区", "桃源镇"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "谭", "邓", "彭", "曾", "蒋"};
    static final String[] GIVEN = {"建国", "晓峰", "志强", "丽华", "海燕", "振宇", "明辉", "春林", "雪梅", "国栋", "子涵",
        "文博", "思远", "立新", "红霞", "德胜"};
    static final String[] TITLES = {"市委书记", "市长", "副市长", "市委副书记", "县委书记", "区长", "局长", "董事长"};
    static final String[] FIRM_WORDS = {"恒达", "宏远", "金桥", "瑞丰", "新材", "华晟", "远航", "鼎盛", "湘江", "绿源"};
    static final String[] FIRM_TYPES = {"机械制造有限公司", "新能源科技有限公司", "食品有限公司", "电子股份有限公司",
        "物流集团有限公司", "生物医药有限公司"};
    static final String[] INDICATORS = {"进出口总额", "地区生产总值", "社会消费品零售总额", "固定资产投资",
        "规模以上工业增加值", "一般公共预算收入"};
    static final String[] TOPICS = {"乡村振兴", "营商环境", "招商引资", "安全生产", "生态环境保护", "文明城市创建",
        "防汛抗旱", "产业链建设", "民生实事", "科技创新"};

    private final Random random;

    public PageGenerator(long seed) {
        this.random = new Random(seed);
    }

    private String pick(String[] a) {
        return a[random.nextInt(a.length)];
    }

    private String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String firm(String city) {
        return city.substring(0, city.length() - 1) + pick(FIRM_WORDS) + pick(FIRM_TYPES);
    }

    private String yi() {
        return String.format("%.1f", 5 + random.nextDouble() * 400);
    }

    private String pct() {
        return String.format("%.1f", 0.5 + random.nextDouble() * 30);
    }

    /** One page of {@code 3..6} articles for the given paper index and issue date. */
    public String page(int paperIndex, LocalDate date, int pageNo) {
        String paper = PAPERS[paperIndex % PAPERS.length];
        String city = CITIES[paperIndex % CITIES.length];
        StringBuilder sb = new StringBuilder();
        sb.append(paper).append("  ").append(date.getYear()).append("年").append(date.getMonthValue()).append("月")
                .append(date.getDayOfMonth()).append("日  第").append(pageNo).append("版\n");
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(article(paper, city, date)).append('\n');
        }
        return sb.toString();
    }

    private String article(String paper, String city, LocalDate date) {
        String reporter = person();
        String leader = person();
        String title = pick(TITLES);
        String county = pick(COUNTIES);
        String firm = firm(city);
        int months = 1 + random.nextInt(Math.max(1, date.getMonthValue() - 1) + 1);
        String head;
        String body;
        switch (random.nextInt(5)) {
            case 0 -> {
                String ind = pick(INDICATORS);
                head = city.substring(0, city.length() - 1) + ind.substring(0, 2) + "实现稳步增长";
                body = "据市统计局数据，今年1—" + months + "月，我市" + ind + yi() + "亿元，同比增长" + pct() + "%。其中，"
                        + county + "完成" + yi() + "亿元，增长" + pct() + "%，增速居全市前列。" + firm + "贡献突出，"
                        + "该公司负责人" + leader + "介绍，企业订单已排到" + (date.getMonthValue() % 12 + 1) + "月。";
            }
            case 1 -> {
                head = leader + "到" + county + "调研" + pick(TOPICS) + "工作";
                body = date.getMonthValue() + "月" + (1 + random.nextInt(28)) + "日，" + title + leader + "到" + county
                        + "调研" + pick(TOPICS) + "工作。" + leader + "强调，要坚持问题导向，压实工作责任，推动各项任务落地见效。"
                        + "他先后来到" + firm + "和" + county + "政务服务中心，详细了解项目进展。";
            }
            case 2 -> {
                int jobs = 50 + random.nextInt(2000);
                head = firm + "新建生产线投产";
                body = "近日，位于" + county + "的" + firm + "年产" + (1 + random.nextInt(50)) + "万吨新材料生产线正式投产。"
                        + "项目总投资" + yi() + "亿元，预计可新增就业岗位" + jobs + "个，年产值超" + yi() + "亿元。董事长"
                        + leader + "表示，公司将持续加大研发投入。";
            }
            case 3 -> {
                String topic = pick(TOPICS);
                head = county + "扎实推进" + topic;
                body = "今年以来，" + county + "围绕" + topic + "目标，累计实施项目" + (5 + random.nextInt(120)) + "个，"
                        + "完成投资" + yi() + "亿元。" + county + "负责人" + leader + "说，下一步将聚焦短板弱项，"
                        + "确保全年任务圆满完成。群众满意度达" + String.format("%.1f", 90 + random.nextDouble() * 9.9) + "%。";
            }
            default -> {
                head = "我市举办" + pick(TOPICS) + "专题培训班";
                body = "为提升干部业务能力，我市近日举办" + pick(TOPICS) + "专题培训班，全市" + (60 + random.nextInt(300))
                        + "名干部参加培训。" + title + leader + "出席开班仪式并讲话，要求学员学以致用，"
                        + "以实际行动推动高质量发展。";
            }
        }
        StringBuilder a = new StringBuilder();
        a.append(head).append('\n');
        String text = paper + "讯（全媒体记者 " + reporter + "）" + body;
        // cut into lines of about 38 characters, as e-paper columns are
        for (int at = 0; at < text.length(); at += 38) {
            a.append(text, at, Math.min(text.length(), at + 38)).append('\n');
        }
        return a.toString();
    }

    /** Words the generated text contains, for search benchmarks. */
    public static List<String> queryWords() {
        List<String> q = new java.util.ArrayList<>();
        for (String[] a : new String[][] {TOPICS, COUNTIES, INDICATORS, FIRM_WORDS}) {
            q.addAll(List.of(a));
        }
        for (String s : SURNAMES) {
            q.add(s + GIVEN[s.length() % GIVEN.length]);
        }
        q.addAll(List.of("进出口", "同比增长", "生产线", "投产", "调研", "培训班", "就业岗位", "外贸", "投资"));
        return q;
    }
}
