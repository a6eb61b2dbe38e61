package dibao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dibao import}: Parquet tables into an archive, from an export (one file per table) and
 * from a folder per table partitioned by paper and date (the Spark job's layout, written here by
 * DuckDB). The archive that results exports what the original archive exported.
 */
class ParquetImportTest {

    static final List<String> TABLES = List.of("pages", "articles", "facts", "entities", "checks");

    @TempDir
    Path tmp;

    Path original;
    Path exported;

    @BeforeEach
    void ingestAndExport() {
        Path pages = tmp.resolve("pages");
        try {
            TestPages.writeMixedFolder(pages);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        original = tmp.resolve("original");
        CliRun ingest = CliRun.of("ingest", "--data", original.toString(), pages.toString());
        assertTrue(ingest.out().startsWith("ingested 3 pages"), ingest.out() + ingest.err());
        exported = tmp.resolve("exported");
        CliRun export = CliRun.of("export", "--data", original.toString(), "--format", "parquet",
                "--out", exported.toString());
        assertEquals(0, export.code(), export.err());
    }

    @Test
    void anExportImportsIntoAnArchiveThatExportsTheSameRows() throws Exception {
        Path copy = tmp.resolve("copy");
        CliRun imp = CliRun.of("import", "--data", copy.toString(), exported.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().startsWith("imported 3 pages (0 replaced, 0 duplicate copies dropped)"), imp.out());
        assertTrue(imp.err().contains("dibao import: indexed 3/3 pages"), imp.err());

        assertExportsWhatTheOriginalExported(copy);
        assertTrue(rows(exported.resolve("facts.parquet")) >= 4, "the pages' figures are there to compare");

        // the index was built: full text and facets as in the original archive
        JsonNode hits = new ObjectMapper().readTree(
                CliRun.of("search", "--data", copy.toString(), "--json", "乡村振兴").out());
        assertEquals(1, hits.get("total").asInt());
        assertEquals("2024-04-12", hits.get("hits").get(0).get("date").asText());

        // importing again replaces, it does not double
        CliRun twice = CliRun.of("import", "--data", copy.toString(), exported.toString());
        assertTrue(twice.out().startsWith("imported 3 pages (3 replaced"), twice.out());
        try (Archive archive = Archive.open(copy)) {
            assertEquals(1, archive.search(SearchQuery.of("乡村振兴")).total());
        }
        assertEquals(rows(exported.resolve("facts.parquet")), count(copy, "facts"));
    }

    @Test
    void partitionedFoldersWithDuplicatesAndErrorsImportAsTheSparkJobWroteThem() throws Exception {
        Path spark = tmp.resolve("spark-out");
        Files.createDirectories(spark);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                String from = "read_parquet('" + exported.resolve(table + ".parquet") + "')";
                if (table.equals("checks")) {
                    Files.createDirectories(spark.resolve("checks"));
                    s.execute("COPY (SELECT * FROM " + from + ") TO '" + spark.resolve("checks/part-0.parquet")
                            + "' (FORMAT parquet)");
                    continue;
                }
                // paper and date only in the folder names, as Spark's partitionBy writes them
                s.execute("COPY (SELECT * FROM " + from + ") TO '" + spark.resolve(table)
                        + "' (FORMAT parquet, PARTITION_BY (paper, date))");
                if (table.equals("pages") || table.equals("facts")) {
                    // the same pages again in another file: one file copied into two input folders
                    Path folder;
                    try (var walk = Files.walk(spark.resolve(table))) {
                        folder = walk.filter(d -> d.getFileName().toString().equals("date=2024-04-12")).findFirst()
                                .orElseThrow();
                    }
                    s.execute("COPY (SELECT * EXCLUDE (paper, date) FROM " + from + " WHERE source = '01.txt') TO '"
                            + folder.resolve("copy.parquet") + "' (FORMAT parquet)");
                }
            }
            Files.createDirectories(spark.resolve("errors"));
            s.execute("COPY (SELECT '/in/scan.txt' AS path, 'ab12' AS page, 'binary file: not a page' AS reason) TO '"
                    + spark.resolve("errors/part-0.parquet") + "' (FORMAT parquet)");
        }
        try (var walk = Files.walk(spark.resolve("facts"))) {
            // DuckDB escapes the paper's characters in folder names (Spark keeps them): both read back
            assertEquals(List.of("paper=%E6%B9%98%E5%8C%97%E6%97%A5%E6%8A%A5/date=2024-04-12",
                            "paper=%E6%B9%98%E5%8C%97%E6%97%A5%E6%8A%A5/date=2024-05-06"),
                    walk.filter(Files::isDirectory).map(d -> spark.resolve("facts").relativize(d).toString())
                            .filter(d -> d.contains("/")).sorted().toList());
        }

        Path archiveDir = tmp.resolve("from-spark");
        CliRun imp = CliRun.of("import", "--data", archiveDir.toString(), spark.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().startsWith("imported 3 pages (0 replaced, 1 duplicate copies dropped)"), imp.out());
        assertTrue(imp.out().contains(" 1 failed pages recorded"), imp.out());

        assertExportsWhatTheOriginalExported(archiveDir);
        assertEquals(1, count(archiveDir, "failures"));
        try (Archive imported = Archive.open(archiveDir); Archive source = Archive.open(original)) {
            List<FactRow> want = source.facts(FactQuery.of("临澧", "出口"));
            assertTrue(want.size() >= 2, want.toString());
            assertEquals(want, imported.facts(FactQuery.of("临澧", "出口")));
            assertEquals(source.search(SearchQuery.of("外贸")).total(), imported.search(SearchQuery.of("外贸")).total());
        }
    }

    @Test
    void aFolderWithoutPagesIsRefusedAndChangesNothing() throws Exception {
        Path notParquet = tmp.resolve("notes");
        Files.createDirectories(notParquet);
        Files.writeString(notParquet.resolve("facts.csv"), "page,value\n");
        CliRun imp = CliRun.of("import", "--data", original.toString(), notParquet.toString());
        assertEquals(1, imp.code());
        assertTrue(imp.err().contains(notParquet + ": no pages table") && imp.err().contains("dibao export"), imp.err());

        Path corrupt = tmp.resolve("corrupt");
        Files.createDirectories(corrupt);
        Files.copy(exported.resolve("pages.parquet"), corrupt.resolve("pages.parquet"));
        Files.writeString(corrupt.resolve("facts.parquet"), "this is not parquet");
        long before = count(original, "facts");
        CliRun bad = CliRun.of("import", "--data", original.toString(), corrupt.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("import failed, nothing was changed"), bad.err());
        assertEquals(before, count(original, "facts"));
        assertEquals(3, count(original, "pages"));

        CliRun missing = CliRun.of("import", "--data", original.toString(), tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    /** {@code archive}'s Parquet export holds the rows of the original archive's, table by table. */
    private void assertExportsWhatTheOriginalExported(Path archive) throws Exception {
        Path again = tmp.resolve("again-" + archive.getFileName());
        assertEquals(0, CliRun.of("export", "--data", archive.toString(), "--format", "parquet",
                "--out", again.toString()).code());
        for (String table : TABLES) {
            assertSameRows(exported.resolve(table + ".parquet"), again.resolve(table + ".parquet"), table);
        }
    }

    /** Both Parquet files hold the same multiset of rows (column for column). */
    static void assertSameRows(Path expected, Path actual, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String a = "read_parquet('" + expected + "')";
            String b = "read_parquet('" + actual + "')";
            for (String[] pair : new String[][] {{a, b}, {b, a}}) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT * FROM " + pair[0]
                        + " EXCEPT ALL SELECT * FROM " + pair[1] + ")")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), table + ": rows of " + pair[0] + " missing from " + pair[1]);
                }
            }
        }
    }

    static long rows(Path parquet) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(Path archive, String table) throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + archive.resolve("archive.duckdb"), p);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
