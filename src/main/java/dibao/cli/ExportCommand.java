package dibao.cli;

import dibao.archive.Archive;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dibao export}: the archive's tables as files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the archive's tables into the folder --out, one file per table: pages, articles,",
                "facts, entities, checks (.jsonl, .csv or .parquet). Lists (reporters, spans, persons ...) are",
                "real lists in JSON Lines and Parquet. Parquet is written by DuckDB and reads in DuckDB, pandas,",
                "Spark; spans are code point offsets into the page text (pages.text)."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet", description = "File format.")
    Archive.ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if needed).")
    Path out;

    @Override
    public Integer call() {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (Archive archive = Archive.open(archiveDir.dir())) {
            List<Path> files = archive.export(format, out);
            for (Path f : files) {
                stdout.println(f);
            }
            return 0;
        } catch (IOException e) {
            err.println("dibao export: " + e.getMessage());
            return 2;
        }
    }
}
