package dibao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dibao.archive.Archive;
import dibao.archive.ArchiveWriter;
import dibao.archive.Ingester;
import dibao.doc.Article;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.page.Page;
import dibao.pipeline.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode gives, page by page, what Extractor gives; a bad page is an error row. */
class ExtractJobTest {

    static final String PAGE_A = """
            清河日报
            2024年5月6日 星期一

            前4月全市外贸进出口总额增长12.5%

            本报讯（记者 齐晓岚）记者从市商务局获悉，今年1至4月，全市外贸进出口总额达86.3亿元，
            同比增长12.5%。其中出口52.1亿元，增长15.2%；进口34.2亿元，增长8.3%。
            市商务局局长韩立明介绍，清河新材科技有限公司等重点企业订单饱满。

            柳溪县春茶开采

            本报讯（通讯员 岳青）连日来，柳溪县12万亩茶园陆续开采，预计全县春茶产量达1.8万吨，
            产值9.6亿元。
            """;

    static final String PAGE_B = """
            清河日报

            一季度全市地区生产总值突破300亿元

            本报讯（记者 邝文涛）一季度，全市实现地区生产总值312.4亿元，同比增长6.1%；
            规模以上工业增加值增长7.4%；社会消费品零售总额达到128.7亿元，增长5.9%。
            固定资产投资完成96.5亿元，同比增长4.2%。
            """;

    static final String PAGE_C = """
            白湾晚报

            白湾港集装箱吞吐量创新高

            本报讯（记者 宁海川 通讯员 符小雨）今年前5个月，白湾港完成集装箱吞吐量48.6万标箱，
            同比增长18.3%，货物吞吐量达到2150万吨。白湾港务集团有限公司董事长石远航表示，
            全年力争集装箱吞吐量突破120万标箱。
            """;

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("dibao-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkFactsAndArticlesEqualExtractorsPageByPage(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Path a = write(in.resolve("qinghe/2024-05-06/qh_01.txt"), PAGE_A);
        Path b = write(in.resolve("qinghe/undated/qh_02.txt"), PAGE_B);   // dated by the manifest
        Path c = write(in.resolve("baiwan/20240611/bw_03.txt"), PAGE_C);
        Files.createDirectories(in.resolve("baiwan"));
        Path bad = in.resolve("baiwan/20240611/bw_04.txt");
        Files.write(bad, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        Path manifest = write(tmp.resolve("pages.tsv"), "# page file\tissue date\nqh_02.txt\t2024-04-18\n");
        Path out = tmp.resolve("out");

        ExtractJob.Summary summary = ExtractJob.run(spark, ExtractJob.Options.parse(new String[] {
            in.toString(), "--out", out.toString(), "--manifest", manifest.toString()}));
        assertEquals(new ExtractJob.Summary(3, 1), summary);

        Map<String, ExtractionDocument> expected = new TreeMap<>();
        Extractor extractor = new Extractor();
        expected.put("qh_01.txt", extractor.extract(Page.of("qh_01.txt", PAGE_A, LocalDate.of(2024, 5, 6)), null));
        expected.put("qh_02.txt", extractor.extract(Page.of("qh_02.txt", PAGE_B, LocalDate.of(2024, 4, 18)), null));
        expected.put("bw_03.txt", extractor.extract(Page.of("bw_03.txt", PAGE_C, LocalDate.of(2024, 6, 11)), null));

        List<Row> facts = spark.read().parquet(out.resolve("facts").toString()).orderBy("source", "fact_no").collectAsList();
        List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
        int totalFacts = 0;
        for (Map.Entry<String, ExtractionDocument> e : expected.entrySet()) {
            ExtractionDocument doc = e.getValue();
            assertEquals(List.of(), expectedFactsMissing(doc, facts, e.getKey()), e.getKey());
            List<String> want = new ArrayList<>();
            for (Article art : doc.articles()) {
                want.add(art.id() + "|" + art.headline() + "|" + spans(art) + "|" + art.text());
            }
            List<String> got = articles.stream().filter(r -> e.getKey().equals(r.getAs("source")))
                    .map(r -> r.getAs("article") + "|" + r.getAs("headline") + "|" + spans(r) + "|"
                            + r.getAs("text"))
                    .sorted().toList();
            assertEquals(want.stream().sorted().toList(), got, e.getKey());
            totalFacts += doc.facts().size();
        }
        assertEquals(totalFacts, facts.size());
        assertTrue(totalFacts >= 8, "the pages' figures were extracted: " + totalFacts);
        assertTrue(facts.stream().anyMatch(r -> Double.valueOf(86.3e8).equals(r.getAs("value"))
                && "qh_01.txt".equals(r.getAs("source"))), "the page A figure 86.3亿元");

        // partitioned by paper and date: the dates came from the path, the manifest and a compact path
        List<Row> pages = spark.read().parquet(out.resolve("pages").toString()).orderBy("source").collectAsList();
        assertEquals(List.of("bw_03.txt 2024-06-11", "qh_01.txt 2024-05-06", "qh_02.txt 2024-04-18"),
                pages.stream().map(r -> r.getAs("source") + " " + r.getAs("date")).toList());
        assertEquals(expected.values().stream().map(d -> d.source() + " " + d.paper()).sorted().toList(),
                pages.stream().map(r -> r.getAs("source") + " " + r.getAs("paper")).toList(), "paper, from the folder");
        List<String> folders;
        try (var walk = Files.walk(out.resolve("facts"))) {
            folders = walk.filter(Files::isDirectory).map(d -> out.resolve("facts").relativize(d).toString()).toList();
        }
        assertTrue(folders.stream().anyMatch(d -> d.matches("paper=[^/]+/date=2024-05-06")), folders.toString());

        List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size());
        assertEquals(bad.toString(), errors.get(0).getAs("path"));
        assertTrue(errors.get(0).<String>getAs("reason").startsWith("binary file"), errors.get(0).<String>getAs("reason"));
        assertFalse(pages.stream().anyMatch(r -> "bw_04.txt".equals(r.getAs("source"))));
    }

    static final List<String> EXPORT_TABLES = List.of("pages", "articles", "facts", "entities", "checks");

    /**
     * The archive a cluster builds equals the one a laptop builds: the job's Parquet has the
     * columns and types of {@code dibao export --format parquet}, and {@code dibao import} of it
     * gives an archive whose export equals that of {@code dibao ingest} on the same pages.
     */
    @Test
    void theJobsParquetHasTheExportSchemaAndImportsIntoTheArchiveThatIngestBuilds(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in").toAbsolutePath();
        // datelines that name the paper, so that the paper partitions are not all null
        write(in.resolve("qinghe/2024-05-06/qh_01.txt"), PAGE_A.replace("本报讯", "清河日报讯"));
        write(in.resolve("baiwan/20240611/bw_03.txt"), PAGE_C.replace("本报讯", "白湾晚报讯"));
        write(in.resolve("baiwan/20240611/bw_05.txt"), PAGE_C.replace("本报讯", "白湾晚报讯").replace("48.6", "49.1"));
        write(in.resolve("clippings/qh_07.txt"), PAGE_B);   // no date anywhere: Spark's null partition
        Files.write(in.resolve("baiwan/20240611/bw_04.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0});

        Path local = tmp.resolve("local");
        Ingester.Summary ingested = new Ingester(local, null, 1, null).run(List.of(in));
        assertEquals(4, ingested.pages());
        Path localExport = tmp.resolve("local-export");
        try (Archive archive = Archive.open(local)) {
            archive.export(Archive.ExportFormat.PARQUET, localExport);
        }

        Path out = tmp.resolve("spark-out");
        // every input file a task of its own, as on a cluster where an issue's pages land on several executors
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1");
        spark.conf().set("spark.sql.files.openCostInBytes", "1");
        assertEquals(new ExtractJob.Summary(4, 1), ExtractJob.run(spark, ExtractJob.Options.parse(new String[] {
            in.toString(), "--out", out.toString()})));
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
        spark.conf().unset("spark.sql.files.openCostInBytes");
        for (String table : ExtractJob.PARTITIONED_TABLES) {
            // one file per issue, though each input file was a task of its own
            try (var walk = Files.walk(out.resolve(table))) {
                Map<Path, Long> files = walk.filter(f -> f.toString().endsWith(".parquet"))
                        .collect(java.util.stream.Collectors.groupingBy(Path::getParent, java.util.stream.Collectors.counting()));
                assertEquals(3, files.size(), table + ": " + files);
                assertTrue(files.values().stream().allMatch(k -> k == 1), table + ": " + files);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : EXPORT_TABLES) {
                Map<String, String> exported = columns(s, "read_parquet('" + localExport.resolve(table + ".parquet") + "')");
                Map<String, String> written = columns(s, "read_parquet('" + out.resolve(table) + "/**/*.parquet'"
                        + (ExtractJob.PARTITIONED_TABLES.contains(table)
                                ? ", hive_partitioning = true, hive_types = {'date': DATE})" : ")"));
                assertEquals(exported, written, table + ": the job's columns are the export's");
            }
        }

        Path imported = tmp.resolve("imported");
        try (ArchiveWriter w = ArchiveWriter.open(imported, null)) {
            ArchiveWriter.ImportSummary s = w.importParquet(out);
            assertEquals(4, s.pages());
            assertEquals(1, s.failures());
            assertEquals(1L, w.counts().get("failures"));
        }
        Path importedExport = tmp.resolve("imported-export");
        try (Archive archive = Archive.open(imported)) {
            archive.export(Archive.ExportFormat.PARQUET, importedExport);
            assertEquals(2, archive.search(dibao.archive.SearchQuery.of("集装箱")).total());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : EXPORT_TABLES) {
                // the time of ingest differs, nothing else
                String cols = table.equals("pages") ? "* EXCLUDE (ingested_at)" : "*";
                String a = "SELECT " + cols + " FROM read_parquet('" + localExport.resolve(table + ".parquet") + "')";
                String b = "SELECT " + cols + " FROM read_parquet('" + importedExport.resolve(table + ".parquet") + "')";
                assertEquals(0, count(s, "(" + a + " EXCEPT ALL " + b + ")"), table + ": rows ingest has, import lacks");
                assertEquals(0, count(s, "(" + b + " EXCEPT ALL " + a + ")"), table + ": rows import has, ingest lacks");
                assertEquals(count(s, "(" + a + ")"), count(s, "(" + b + ")"), table);
            }
            List<String> pagesGot = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT source, paper, date FROM read_parquet('"
                    + importedExport.resolve("pages.parquet") + "') ORDER BY source")) {
                while (rs.next()) {
                    pagesGot.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            assertEquals(List.of("bw_03.txt 白湾晚报 2024-06-11", "bw_05.txt 白湾晚报 2024-06-11",
                            "qh_01.txt 清河日报 2024-05-06", "qh_07.txt 清河日报 null"), pagesGot,
                    "papers and dates through the partition folders; the undated page's date=__HIVE_DEFAULT_PARTITION__ "
                            + "read back as null");
            assertTrue(count(s, "(SELECT * FROM read_parquet('" + importedExport.resolve("facts.parquet") + "'))") >= 8);
        }
    }

    private static Map<String, String> columns(Statement s, String from) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (rs.next()) {
                out.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return out;
    }

    private static long count(Statement s, String from) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Extractor's facts of one page that the job's rows do not hold with the same value, span and subject. */
    private static List<String> expectedFactsMissing(ExtractionDocument doc, List<Row> rows, String source) {
        List<String> got = rows.stream().filter(r -> source.equals(r.getAs("source")))
                .sorted(Comparator.comparingInt(r -> r.<Integer>getAs("fact_no")))
                .map(r -> fact(r.getAs("span_start"), r.getAs("span_end"), r.getAs("value"), r.getAs("unit"),
                        r.getAs("subject"), r.getAs("indicator"), r.getAs("period"), r.getAs("article")))
                .toList();
        List<String> want = new ArrayList<>();
        for (Fact f : doc.facts()) {
            want.add(fact(f.span().start(), f.span().end(), f.value(), f.unit(), f.subject(), f.indicator(), f.period(),
                    f.article()));
        }
        List<String> missing = new ArrayList<>(want);
        if (!want.equals(got)) {
            missing.add("got " + got);
        } else {
            missing.clear();
        }
        return missing;
    }

    private static String fact(int start, int end, double value, String unit, String subject, String indicator,
                               String period, String article) {
        return "[" + start + "," + end + ") " + value + " " + unit + " " + subject + " " + indicator + " " + period + " "
                + article;
    }

    private static String spans(Article a) {
        return a.spans().stream().map(s -> List.of(s.start(), s.end())).toList().toString();
    }

    /** A row's spans as [[start, end], ...]. */
    private static String spans(Row r) {
        List<scala.collection.Seq<Integer>> spans = r.getList(r.fieldIndex("spans"));
        return spans.stream().map(s -> scala.jdk.javaapi.CollectionConverters.asJava(s)).toList().toString();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
