package dibao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dibao.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of an ingest at an arbitrary point, then a re-run: every page exactly once. */
class ArchiveCrashTest {

    @TempDir
    Path tmp;

    static final int PAGES = 300;

    @Test
    void killedIngestThenRerunLeavesEveryPageExactlyOnce() throws Exception {
        Path pages = tmp.resolve("pages");
        ArchiveBenchmark.generate(pages, PAGES, 11);
        Path data = tmp.resolve("data");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dibao.cli.Main", "ingest", "--data", data.toString(), "--batch", "4", "--workers", "2",
                pages.toString());
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.log").toFile());
        Process p = pb.start();
        // wait until a few batches are committed (each commit writes a new segments_N), then kill -9
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && p.isAlive() && commits(data.resolve("index")) < 4) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the ingest ended before it could be killed: " + Files.readString(tmp.resolve("ingest.log")));
        p.destroyForcibly();   // SIGKILL: no shutdown hooks, no final commit
        p.waitFor(30, TimeUnit.SECONDS);

        long before = storedPages(data);
        System.out.println("ArchiveCrashTest: killed with " + before + " of " + PAGES + " pages committed");
        assertTrue(before < PAGES, "killed mid-way, yet " + before + " pages stored");

        int rc = Main.commandLine().execute("ingest", "--data", data.toString(), pages.toString());
        assertEquals(0, rc);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("archive.duckdb"));
                Statement s = c.createStatement()) {
            assertEquals(PAGES, one(s, "SELECT count(*) FROM pages"));
            assertEquals(PAGES, one(s, "SELECT count(DISTINCT path) FROM pages"));
            assertEquals(one(s, "SELECT count(*) FROM articles"),
                    one(s, "SELECT count(*) FROM (SELECT DISTINCT page_hash, article_id FROM articles)"));
            assertEquals(0, one(s, "SELECT count(*) FROM pages p WHERE articles <> "
                    + "(SELECT count(*) FROM articles a WHERE a.page_hash = p.hash)"));
            assertEquals(0, one(s, "SELECT count(*) FROM pages p WHERE facts <> "
                    + "(SELECT count(*) FROM facts f WHERE f.page_hash = p.hash)"));
            assertEquals(0, one(s, "SELECT count(*) FROM articles WHERE page_hash NOT IN (SELECT hash FROM pages)"));
            assertEquals(0, one(s, "SELECT count(*) FROM failures"));
        }
        long articles;
        try (Archive archive = Archive.open(data)) {
            articles = archive.counts().get("articles");
            SearchResult all = archive.search(new SearchQuery("", null, null, null, null, null, null, null, 0, 1));
            assertEquals(articles, all.total(), "index and database disagree");
            Path dir = data.resolve("index");
            try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                    var r = org.apache.lucene.index.DirectoryReader.open(d)) {
                assertEquals(PAGES, ArchiveIndex.pageHashes(r).size());
                assertEquals(articles + PAGES, r.numDocs());   // one document per article + one marker per page
            }
        }
        assertTrue(articles >= 3L * PAGES);
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long storedPages(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("archive.duckdb"));
                Statement s = c.createStatement()) {
            return one(s, "SELECT count(*) FROM pages");
        }
    }

    private static long commits(Path index) {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(index)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring(9), Character.MAX_RADIX)).max().orElse(0);
        } catch (Exception e) {
            return 0;   // a file vanished while listing
        }
    }
}
