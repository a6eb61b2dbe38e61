package dibao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dibao.cli.PageGenerator;
import dibao.page.Page;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second: a single-process loop of Extractor, then the Spark job in local[1] and
 * local[2], over the same generated pages. Not part of the test run; by hand:
 * {@code mvn -B -o -f spark/pom.xml test -Ddibao.spark.excludedGroups=none -Dgroups=benchmark -Dbench.pages=120}.
 * With {@code -Dbench.dir=DIR} the pages are written to (and left in) DIR, so that the
 * single-process {@code dibao ingest DIR} can be timed on the very same pages.
 */
@Tag("benchmark")
class ExtractJobThroughputTest {

    @Test
    void pagesPerSecond(@TempDir Path tmp) throws Exception {
        int n = Integer.getInteger("bench.pages", 120);
        int chars = Integer.getInteger("bench.chars", 6000);
        String[] papers = {"清河日报", "白湾晚报", "云岭日报"};
        String kept = System.getProperty("bench.dir");
        Path in = kept != null ? Path.of(kept) : tmp.resolve("in");
        List<Path> files = new ArrayList<>();
        // as papers come: issues of 12 pages, one folder per paper and day
        int pagesPerIssue = 12;
        for (int i = 0; i < n; i++) {
            int issue = i / pagesPerIssue;
            String paper = papers[issue % papers.length];
            Path f = in.resolve("paper" + issue % papers.length)
                    .resolve(java.time.LocalDate.of(2024, 1, 1).plusDays(issue / papers.length).toString())
                    .resolve(String.format("p%04d.txt", i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, paper + "\n" + new PageGenerator(i, paper).page(chars), StandardCharsets.UTF_8);
            files.add(f);
        }

        long t0 = System.nanoTime();
        Extractor extractor = new Extractor();
        long init = System.nanoTime() - t0;
        for (int i = 0; i < Math.min(20, n); i++) {   // warm-up, as a long-running executor is warm
            extractor.extract(PageReader.read(files.get(i), null), null);
        }
        t0 = System.nanoTime();
        int facts = 0;
        for (Path f : files) {
            Page p = PageReader.read(f, null);
            facts += extractor.extract(p, null).facts().size();
        }
        double loop = n / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("BENCH pages=%d chars/page=%d facts=%d extractor-init=%.2fs%n", n, chars, facts, init / 1e9);
        System.out.printf("BENCH single-process loop: %.1f pages/s%n", loop);

        for (int cores : java.util.Arrays.stream(System.getProperty("bench.cores", "1,2").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("dibao-bench")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(cores)).getOrCreate();
            try {
                long s0 = System.nanoTime();
                ExtractJob.Summary s = ExtractJob.run(spark, ExtractJob.Options.parse(new String[] {
                    in.toString(), "--out", tmp.resolve("out" + cores).toString()}));
                double secs = (System.nanoTime() - s0) / 1e9;
                assertEquals(n, s.pages());
                System.out.printf("BENCH spark local[%d]: %.1f pages/s (%.1fs for %d pages, incl. one Extractor per "
                        + "executor thread and the Parquet writes)%n", cores, n / secs, secs, n);
            } finally {
                spark.stop();
            }
        }
    }
}
