package dibao.archive;

import dibao.doc.Article;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.page.Page;
import dibao.text.Span;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pages written for the archive tests (invented names and figures) and a stub extractor. */
final class TestPages {

    private TestPages() {
    }

    static final String TRADE = """
            湘北日报  2024年4月12日  第1版
            临澧外贸一季度开局良好
            湘北日报讯（全媒体记者 周文博）据临澧海关统计，今年一季度，临澧县外贸进出口总值28.6亿元，同比增长12.4%。
            其中出口19.2亿元，增长15.1%。澧水恒达机械制造有限公司出口订单饱满。
            """;

    static final String VISIT = """
            湘北日报  2024年4月12日  第1版
            谭振宇到松岭县调研乡村振兴工作
            4月10日，市委书记谭振宇到松岭县调研乡村振兴工作。他强调，要压实责任，推动各项任务落地见效。
            他先后来到松岭县绿源食品有限公司和县政务服务中心，详细了解项目进展。
            """;

    static final String PLANT = """
            湘北日报  2024年5月6日  第2版
            绿源食品新建生产线投产
            近日，松岭县绿源食品有限公司年产5万吨新生产线正式投产。项目总投资3.2亿元，预计新增就业岗位260个。
            """;

    /** Writes good pages, bad pages and files that are not pages into {@code dir}. */
    static void writeMixedFolder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2024-04-12"));
        Files.createDirectories(dir.resolve("later"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("2024-04-12/01.txt"), TRADE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024-04-12/02.txt"), VISIT, StandardCharsets.UTF_8);
        Files.write(dir.resolve("later/03.txt"), PLANT.getBytes(Charset.forName("GB18030")));   // a GBK page
        Files.writeString(dir.resolve("later/pages.tsv"), "# page\tdate\n03.txt\t2024-05-06\n", StandardCharsets.UTF_8);
        // not pages
        Files.write(dir.resolve("2024-04-12/scan.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("2024-04-12/empty.txt"), new byte[0]);
        Files.write(dir.resolve("later/garbled.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x30,
            (byte) 0xff, (byte) 0xff, (byte) 0x80, 0x20, (byte) 0xfe, (byte) 0xff});
        // ignored: hidden, not .txt
        Files.writeString(dir.resolve(".hidden/04.txt"), TRADE + "隐藏", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024-04-12/.05.txt"), VISIT + "隐藏", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2024-04-12/notes.md"), "# notes", StandardCharsets.UTF_8);
    }

    /**
     * A stub extraction for pages written as "headline line, body lines" blocks after a masthead:
     * one article per headline, and the figures and entities named in {@link #FACTS} / {@link #NAMES}
     * wherever their text occurs. It makes the archive's tests independent of the extraction stages.
     */
    static ExtractionDocument stubExtract(Page page) {
        String text = page.text();
        List<Article> articles = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        int firstBreak = text.indexOf('\n') + 1;
        String headline = text.substring(firstBreak, text.indexOf('\n', firstBreak));
        articles.add(new Article("a1", "news", headline, List.of(), null, List.of(), List.of(new Span(firstBreak,
                text.stripTrailing().length())), List.of(), null, null, text.substring(firstBreak).strip()));
        for (Object[] f : FACTS) {
            int at = text.indexOf((String) f[0]);
            if (at >= 0) {
                List<Check> checks = f.length > 7 ? List.of(new Check((String) f[7], true, "ok", Map.of())) : List.of();
                facts.add(new Fact(new Span(at, at + ((String) f[0]).length()), (String) f[0], (double) f[1],
                        (String) f[2], null, (String) f[3], (String) f[4], (String) f[5], (String) f[6], "a1", checks));
            }
        }
        for (String[] n : NAMES) {
            if (text.contains(n[1])) {
                entities.add(new Entity(n[0], n[1], n.length > 2 ? n[2] : null, List.of(), null, null, List.of("a1")));
            }
        }
        String date = page.issueDate() == null ? null : page.issueDate().toString();
        return new ExtractionDocument(page.source(), "湘北日报", date, articles, facts, entities);
    }

    /** text, value, unit, kind, subject, indicator, period [, check]. */
    static final Object[][] FACTS = {
        {"28.6亿元", 2.86e9, "CNY", "amount", "临澧县", "外贸进出口", "2024-01/2024-03", "parts_sum"},
        {"12.4%", 12.4, "%", "change", "临澧县", "外贸进出口", "2024-01/2024-03"},
        {"19.2亿元", 1.92e9, "CNY", "amount", "临澧县", "出口", "2024-01/2024-03"},
        {"3.2亿元", 3.2e8, "CNY", "amount", "绿源食品有限公司", "总投资", null},
        {"260个", 260.0, "个", "count", "绿源食品有限公司", "就业岗位", null},
    };

    static final String[][] NAMES = {
        {"person", "谭振宇", "市委书记"}, {"person", "周文博"}, {"org", "澧水恒达机械制造有限公司"},
        {"org", "松岭县绿源食品有限公司"}, {"place", "松岭县"}, {"place", "临澧县"},
    };
}
