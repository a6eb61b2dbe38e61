package dibao.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The layout of a data folder: {@code archive.duckdb} (the source of truth), {@code index/} (the
 * Lucene index, rebuilt from the database when behind) and {@code archive.properties} (settings
 * fixed at creation, such as the analyzer).
 */
public record ArchiveFiles(Path dir) {

    public static final Path DEFAULT_DIR = Path.of("dibao-data");

    public Path database() {
        return dir.resolve("archive.duckdb");
    }

    public Path index() {
        return dir.resolve("index");
    }

    public Path properties() {
        return dir.resolve("archive.properties");
    }

    public boolean exists() {
        return Files.isRegularFile(database());
    }

    /** The analyzer the archive was created with; {@code wanted} (or the default) for a new one. */
    ChineseAnalyzers analyzer(ChineseAnalyzers wanted) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(properties())) {
            try (InputStream in = Files.newInputStream(properties())) {
                p.load(in);
            }
            ChineseAnalyzers stored = ChineseAnalyzers.parse(p.getProperty("analyzer", "smartcn"));
            if (wanted != null && wanted != stored) {
                throw new IllegalArgumentException("the archive in " + dir + " was created with analyzer "
                        + stored.name().toLowerCase() + "; use that, or a new --data folder for "
                        + wanted.name().toLowerCase());
            }
            return stored;
        }
        ChineseAnalyzers chosen = wanted != null ? wanted : Archive.DEFAULT_ANALYZER;
        Files.createDirectories(dir);
        p.setProperty("analyzer", chosen.name().toLowerCase());
        Path tmp = dir.resolve("archive.properties.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "dibao archive settings (fixed when the archive was created)");
        }
        Files.move(tmp, properties(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return chosen;
    }

    /** The analyzer of an existing archive (smartcn if it predates the setting). */
    ChineseAnalyzers storedAnalyzer() throws IOException {
        return analyzer(null);
    }
}
