package dibao.cli;

import dibao.archive.ChineseAnalyzers;
import dibao.archive.Ingester;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dibao ingest}: pages into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts page files and stores them in the archive (search index + database).",
                "PATH is a page file or a folder (searched recursively for *.txt; hidden files skipped).",
                "Issue dates: --date, else a pages.tsv manifest in the page's folder (file<TAB>YYYY-MM-DD,",
                "'#' comments), else a date in the path (2023-03-17/, 20230317). A page is identified by the",
                "SHA-256 of its bytes: pages already in the archive are skipped, so re-running is safe, also",
                "after an interrupted run. Files that are not pages (binary, empty, undecodable) are reported",
                "with their reason and recorded; the rest go in. Exit code 1 when some file failed."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Issue date of every page given.")
    LocalDate date;

    @Option(names = "--analyzer", paramLabel = "smartcn|hanlp",
            description = "Chinese analyzer of a NEW archive (default smartcn); fixed once the archive exists.")
    String analyzer;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "PAGES", description = "Pages per commit (default 200).")
    int batch = 200;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Page files or folders. None: only check the archive.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("dibao ingest: " + p + ": no such file or folder; check the path");
                return 2;
            }
        }
        ChineseAnalyzers chosen;
        try {
            chosen = analyzer == null ? null : ChineseAnalyzers.parse(analyzer);
        } catch (IllegalArgumentException e) {
            err.println("dibao ingest: --analyzer must be smartcn or hanlp, not '" + analyzer + "'");
            return 2;
        }
        boolean terminal = stderrIsTerminal();
        Ingester ingester = new Ingester(archiveDir.dir(), chosen, workers, date).batch(batch, 3000)
                .progress(terminal ? new Bar(err) : new Lines(err));
        Ingester.Summary s;
        try {
            s = ingester.run(paths);
        } catch (IllegalArgumentException e) {
            err.println("dibao ingest: " + e.getMessage());
            return 2;
        }
        if (terminal) {
            err.println();
        }
        for (Ingester.Failure f : s.failureList()) {
            err.println("dibao ingest: " + f.path() + ": " + f.reason());
        }
        out.println(String.format("ingested %d pages (%d skipped unchanged), %d articles, %d facts, %d failures in %.1f s (%.1f pages/s) into %s",
                s.pages(), s.skippedUnchanged(), s.articles(), s.facts(), s.failures(), s.seconds(), s.pagesPerSecond(),
                archiveDir.dir()));
        return s.failures() == 0 ? 0 : 1;
    }

    /** Java cannot ask whether stderr is a terminal; on Linux its file descriptor says so. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** A redrawn bar for terminals. */
    static final class Bar implements Ingester.Progress {
        private final PrintStream err;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void update(long done, long found, boolean walkFinished, long pages, double rate) {
            int width = 30;
            double frac = found == 0 ? 0 : Math.min(1, (double) done / found);
            int full = (int) Math.round(frac * width);
            String bar = "#".repeat(full) + "-".repeat(width - full);
            err.printf("\r[%s] %d/%d%s files, %d pages stored, %.1f pages/s   ", bar, done, found,
                    walkFinished ? "" : "+", pages, rate);
        }
    }

    /** Periodic lines (every 10 s) when stderr is a file or pipe. */
    static final class Lines implements Ingester.Progress {
        private final PrintStream err;
        private long last = System.currentTimeMillis();

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void update(long done, long found, boolean walkFinished, long pages, double rate) {
            long now = System.currentTimeMillis();
            if (now - last >= 10_000) {
                last = now;
                err.printf("dibao ingest: %d/%d%s files, %d pages stored, %.1f pages/s%n", done, found,
                        walkFinished ? "" : "+", pages, rate);
            }
        }
    }
}
