package dibao.cli;

import java.util.Random;

/**
 * Makes pages in the style of a local paper's e-paper text (kickers, headlines, datelines with
 * bylines, paragraphs cut by columns, photo captions, jump lines) from invented names and figures,
 * for benchmarks and size tests. Deterministic for a seed.
 */
public final class PageGenerator {

    private static final String[] PLACES = {"云溪县", "枫林乡", "白石镇", "光明新区", "青山区", "柳河镇", "龙潭街道", "翠湖区"};
    private static final String[] SURNAMES = {"林", "王", "赵", "钱", "孙", "周", "吴", "郑", "陈", "邓", "许", "罗"};
    private static final String[] GIVEN = {"晓峰", "丽", "一鸣", "小梅", "敏", "立", "悦", "航", "静", "凯", "岚", "宁", "飞"};
    private static final String[] TOPICS = {"高标准农田", "新能源装备", "乡村旅游", "老旧小区改造", "数字经济", "冷链物流",
        "智慧养老", "春茶开采", "招商引资", "营商环境"};
    private static final String[] VERBS = {"加快推进", "全力打造", "扎实开展", "稳步推进", "持续深化"};
    private static final String[] UNITS = {"亿元", "万元", "个", "家", "万吨", "公里", "万人次", "亩"};
    private static final String[] ROLES = {"全媒体记者", "记者", "通讯员", "见习记者", "实习生"};

    private final Random random;
    private final String paper;

    public PageGenerator(long seed, String paper) {
        this.random = new Random(seed);
        this.paper = paper;
    }

    /** A page of at least {@code minChars} chars. */
    public String page(int minChars) {
        StringBuilder sb = new StringBuilder("\n\n");
        if (random.nextInt(4) == 0) {
            sb.append("（上接第一版）").append(sentence()).append("\n\n");
        }
        while (sb.length() < minChars) {
            article(sb);
        }
        return sb.toString();
    }

    private void article(StringBuilder sb) {
        String place = pick(PLACES);
        String topic = pick(TOPICS);
        if (random.nextInt(3) == 0) {
            sb.append(place).append(pick(VERBS)).append(topic).append("工作").append("\n\n");
        }
        sb.append(place).append(topic).append(pick(new String[] {"迎来“开门红”", "再上新台阶", "跑出加速度", "成效明显"}))
                .append("\n\n");
        if (random.nextInt(5) == 0) {
            sb.append("■文/图 ").append(paper).append("全媒体记者 ").append(name()).append("\n\n");
        } else {
            sb.append(paper).append("讯（").append(pick(ROLES)).append(' ').append(name());
            if (random.nextBoolean()) {
                sb.append(" 通讯员 ").append(name()).append(' ').append(name());
            }
            sb.append('）');
        }
        int paragraphs = 3 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                para.append(sentence());
            }
            String text = para.toString();
            if (random.nextInt(4) == 0 && text.length() > 20) {
                int cut = 5 + random.nextInt(text.length() - 10); // a column break mid-sentence
                sb.append(text, 0, cut).append("\n\n").append(text.substring(cut));
            } else {
                sb.append(text);
            }
            sb.append("\n\n");
        }
        if (random.nextInt(6) == 0) {
            sb.append("\n\n").append(place).append("的工人们正在生产线上忙碌。").append("\n\n■").append(paper)
                    .append("全媒体记者 ").append(name()).append(" 摄\n\n");
        }
        if (random.nextInt(10) == 0) {
            sb.append("（下转第").append("二三四五六七八".charAt(random.nextInt(7))).append("版）\n\n");
        }
    }

    private String sentence() {
        int year = 2018 + random.nextInt(6);
        return switch (random.nextInt(4)) {
            case 0 -> year + "年，" + pick(PLACES) + pick(TOPICS) + "完成投资" + (1 + random.nextInt(900)) + "."
                    + random.nextInt(10) + pick(UNITS) + "，同比增长" + random.nextInt(60) + "." + random.nextInt(10) + "%。";
            case 1 -> "今年以来，" + pick(PLACES) + pick(VERBS) + pick(TOPICS) + "，新增项目" + (2 + random.nextInt(80))
                    + "个，带动就业" + (100 + random.nextInt(5000)) + "人。";
            case 2 -> "“" + pick(TOPICS) + "让群众得到了实惠，" + pick(VERBS) + "还需久久为功。”" + name() + "说。";
            default -> "据了解，" + pick(PLACES) + "计划到" + (year + 5) + "年建成" + pick(TOPICS) + "示范点"
                    + (3 + random.nextInt(40)) + "个，总规模达到" + (10 + random.nextInt(500)) + pick(UNITS) + "。";
        };
    }

    private String name() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
