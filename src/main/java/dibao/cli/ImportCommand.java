package dibao.cli;

import dibao.archive.ArchiveWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dibao import}: extraction tables in Parquet into the archive. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads extracted pages in Parquet into the archive and indexes them, so that an archive built",
                "on a cluster (the Spark job's --out folder: pages/, articles/, facts/, entities/, checks/, errors/,",
                "partitioned by paper and date) or exported elsewhere (`dibao export --format parquet`: pages.parquet,",
                "...) can be searched and served here. Pages are identified by content hash as in ingest: a page",
                "already in the archive (same hash or path) is replaced; a page present twice goes in once. The",
                "Spark job's errors become the archive's failures. All or nothing: a failed import changes nothing."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Parameters(paramLabel = "DIR", description = "Folder of Parquet tables (the Spark job's --out, or an export).")
    Path dir;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            err.println("dibao import: " + dir + ": no such folder; give the folder the Spark job (--out) or "
                    + "`dibao export --format parquet` wrote");
            return 2;
        }
        long t0 = System.nanoTime();
        err.println("dibao import: loading " + dir + " into " + archiveDir.dir() + " (database, then search index)");
        try (ArchiveWriter writer = ArchiveWriter.open(archiveDir.dir(), null)) {
            long[] last = {System.nanoTime()};
            writer.onIndexProgress((indexed, total) -> {
                if (System.nanoTime() - last[0] > 10_000_000_000L || indexed == total) {
                    last[0] = System.nanoTime();
                    err.printf("dibao import: indexed %d/%d pages%n", indexed, total);
                }
            });
            ArchiveWriter.ImportSummary s = writer.importParquet(dir);
            out.printf("imported %d pages (%d replaced, %d duplicate copies dropped), %d articles, %d facts, "
                            + "%d entities, %d failed pages recorded, in %.1f s into %s%n",
                    s.pages(), s.replaced(), s.duplicates(), s.articles(), s.facts(), s.entities(), s.failures(),
                    (System.nanoTime() - t0) / 1e9, archiveDir.dir());
            return 0;
        } catch (IOException | SQLException | IllegalArgumentException e) {
            err.println("dibao import: " + e.getMessage());
            return 1;
        }
    }
}
