package dibao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dibao.archive.ArchiveBenchmark;
import dibao.archive.ChineseAnalyzers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dibao bench-archive}: ingest and query figures on a generated archive. */
@Command(name = "bench-archive", mixinStandardHelpOptions = true,
        description = {"Generates newspaper pages from built-in templates, ingests them (real extraction), then",
                "times searches and facts queries and reports pages/s per core, search and facts p50/p99 and the",
                "peak heap. Run it in a bounded heap: DIBAO_JAVA_OPTS=-Xmx1g ./dibao bench-archive.",
                "--compare-analyzers indexes generated articles with smartcn and HanLP: speed, size, recall."})
public final class BenchArchiveCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", description = "Pages to generate (default 10000).")
    int pages = 10_000;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder).")
    Path work;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--analyzer", paramLabel = "smartcn|hanlp", description = "Analyzer of the archive (default smartcn).")
    String analyzer;

    @Option(names = "--compare-analyzers", description = "Only compare the analyzers (on --pages generated pages).")
    boolean compare;

    @Option(names = "--queries-only", description = "Only time the queries, on the archive an earlier run left in --work.")
    boolean queriesOnly;

    @Option(names = "--json", description = "Also print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = work != null ? work : Files.createTempDirectory("dibao-bench");
        Files.createDirectories(dir);
        ArchiveBenchmark bench = new ArchiveBenchmark(out);
        Object report = compare ? bench.compareAnalyzers(dir, pages)
                : bench.run(dir, pages, workers, analyzer == null ? null : ChineseAnalyzers.parse(analyzer),
                        queriesOnly);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        }
        return 0;
    }
}
