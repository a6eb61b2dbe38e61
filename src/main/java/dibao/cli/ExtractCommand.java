package dibao.cli;

import dibao.doc.DocumentJson;
import dibao.doc.ExtractionDocument;
import dibao.page.Page;
import dibao.page.PageReadException;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dibao extract}: pages in, extraction documents out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Writes the extraction document (articles, facts, entities) of each page as UTF-8 JSON.",
                "One page: pretty JSON on standard output. Several: one JSON document per line, or one",
                "<stem>.json per page with --out. A page that cannot be read is reported on standard error",
                "with its reason; the other pages are still written, and the exit code is 1."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Issue date, for resolving relative dates (今年, 去年). Default: a date in the page's path "
                    + "(2023-03-17/, 20230317), else none.")
    LocalDate date;

    @Option(names = "--paper", paramLabel = "NAME",
            description = "The paper's name, when the page does not say it. Default: from the page's datelines and mastheads.")
    String paper;

    @Option(names = "--out", paramLabel = "DIR", description = "Write <stem>.json per page into DIR instead of standard output.")
    Path out;

    @Option(names = "--compact", description = "One line of JSON per page even for a single page.")
    boolean compact;

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Page text files (UTF-8 or GB18030).")
    List<Path> pages;

    @Override
    public Integer call() throws IOException {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (out != null) {
            Files.createDirectories(out);
        }
        Extractor extractor = new Extractor();
        boolean pretty = pages.size() == 1 && !compact;
        int failed = 0;
        for (Path file : pages) {
            Page page;
            try {
                page = PageReader.read(file, date);
            } catch (PageReadException e) {
                stderr.println("dibao extract: " + e.getMessage());
                failed++;
                continue;
            }
            ExtractionDocument doc;
            try {
                doc = extractor.extract(page, paper);
            } catch (RuntimeException e) {
                stderr.println("dibao extract: " + file + ": extraction failed (" + e + "); please report this page");
                failed++;
                continue;
            }
            String json = DocumentJson.write(doc, page.text(), out != null || pretty);
            if (out != null) {
                Path target = out.resolve(stem(file) + ".json");
                Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
                Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                stdout.println(json);
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
