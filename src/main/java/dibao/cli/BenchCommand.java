package dibao.cli;

import dibao.page.Page;
import dibao.page.PageReadException;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dibao bench}: extraction speed of the whole pipeline on one core. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the extraction speed of the whole pipeline (page -> layout -> annotators -> facts ->",
                "document) in one thread with one Extractor, over the given pages or over generated ones, and",
                "prints pages/s and chars/s on one core."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", defaultValue = "40",
            description = "Generated pages to time when no PAGE is given (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--chars", paramLabel = "N", defaultValue = "12000",
            description = "Size of each generated page in chars (default: ${DEFAULT-VALUE}, a full broadsheet page).")
    int chars;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "Timed passes over the pages; the best is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed passes first, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "17", description = "Seed of the generated pages (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "PAGE", arity = "0..*", description = "Page files to time instead of generated pages.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<Page> input = new ArrayList<>();
        if (files.isEmpty()) {
            PageGenerator generator = new PageGenerator(seed, "云溪日报");
            for (int i = 0; i < pages; i++) {
                input.add(Page.of("generated-" + i + ".txt", generator.page(chars), null));
            }
        } else {
            for (Path f : files) {
                try {
                    input.add(PageReader.read(f, null));
                } catch (PageReadException e) {
                    err.println("dibao bench: " + e.getMessage());
                    return 1;
                }
            }
        }
        if (input.isEmpty()) {
            err.println("dibao bench: no pages to time (--pages must be at least 1)");
            return 2;
        }
        long totalChars = 0;
        for (Page p : input) {
            totalChars += p.text().length();
        }
        Extractor extractor = new Extractor();
        for (int i = 0; i < warmup; i++) {
            pass(extractor, input);
        }
        // CPU time of this thread as well as wall time: on a busy machine the wall clock overstates
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        int articles = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long start = System.nanoTime();
            long cpuStart = mx.getCurrentThreadCpuTime();
            articles = pass(extractor, input);
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - cpuStart);
        }
        double seconds = best / 1e9;
        double cpu = bestCpu / 1e9;
        out.printf(Locale.ROOT, "%d pages (%d chars, %d articles) in %.3f s wall, %.3f s CPU, one thread%n",
                input.size(), totalChars, articles, seconds, cpu);
        out.printf(Locale.ROOT, "%.1f pages/s, %.0f chars/s (wall)%n", input.size() / seconds, totalChars / seconds);
        out.printf(Locale.ROOT, "%.1f pages/s, %.0f chars/s per CPU core%n", input.size() / cpu, totalChars / cpu);
        return 0;
    }

    private static int pass(Extractor extractor, List<Page> input) {
        int articles = 0;
        for (Page p : input) {
            articles += extractor.extract(p).articles().size();
        }
        return articles;
    }
}
