package dibao.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads extraction tables written as Parquet into the archive database, in one transaction.
 * Two layouts are read, both with the columns of {@code dibao export --format parquet}:
 * <ul>
 *   <li>the export's: one file per table, {@code DIR/pages.parquet, articles.parquet, ...};</li>
 *   <li>the Spark job's: one folder per table, partitioned by paper and date
 *       ({@code DIR/facts/paper=.../date=.../part-*.parquet}), plus {@code errors/}.</li>
 * </ul>
 * Pages are keyed by content hash as in ingest: an imported page replaces the archive's page
 * with the same hash or the same path, and a page present twice in the input (the same file in
 * two folders) goes in once. The import is all-or-nothing: on any error the database is rolled
 * back. The caller re-indexes the pages returned.
 */
final class ParquetImport {

    /** Spark writes a null partition value as this folder name. */
    private static final String HIVE_NULL = "__HIVE_DEFAULT_PARTITION__";

    private ParquetImport() {
    }

    /** What an import changed: pages put in, archive pages they replaced, duplicates dropped, failures. */
    record Result(Set<String> imported, Set<String> replaced, long duplicates, long failures,
                  long articles, long facts, long entities) {
    }

    /** Where one table is, and how to read its paper and date columns. */
    private record Table(String name, String source, boolean partitioned) {

        /** A FROM item for the table, with file name and row number to keep rows in written order. */
        String from() {
            return "read_parquet(" + source + ", filename = true, file_row_number = true"
                    + (partitioned ? ", hive_partitioning = true, hive_types_autocast = false" : "") + ")";
        }

        /** The paper column as the export has it (a partition folder's null marker read back as NULL). */
        String paper(String alias) {
            return partitioned ? "nullif(" + alias + ".paper, '" + HIVE_NULL + "')" : alias + ".paper";
        }

        String date(String alias) {
            return partitioned ? "CAST(nullif(" + alias + ".date, '" + HIVE_NULL + "') AS DATE)" : alias + ".date";
        }
    }

    static Result run(Connection db, Path dir) throws IOException, SQLException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder; give the folder that `dibao export --format parquet` "
                    + "or the Spark job (--out) wrote");
        }
        Table pages = locate(dir, "pages", true);
        Table articles = locate(dir, "articles", false);
        Table facts = locate(dir, "facts", false);
        Table entities = locate(dir, "entities", false);
        Table checks = locate(dir, "checks", false);
        Table errors = locate(dir, "errors", false);

        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            Result r = load(s, pages, articles, facts, entities, checks, errors);
            s.execute("DROP TABLE IF EXISTS import_pages");
            db.commit();
            return r;
        } catch (SQLException e) {
            db.rollback();
            throw new SQLException(dir + ": import failed, nothing was changed (" + e.getMessage() + ")", e);
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static Result load(Statement s, Table pages, Table articles, Table facts, Table entities, Table checks,
                               Table errors) throws SQLException {
        // one row per page hash; of several copies, the one with the smallest path
        s.execute("CREATE OR REPLACE TEMP TABLE import_pages AS SELECT * EXCLUDE (copy) FROM ("
                + "SELECT p.page AS hash, p.path, p.source, " + pages.paper("p") + " AS paper, " + pages.date("p")
                + " AS date, p.charset, p.chars, p.articles, p.facts, p.entities, p.text, "
                + "CAST(p.ingested_at AS TIMESTAMP) AS ingested_at, "
                + "row_number() OVER (PARTITION BY p.page ORDER BY p.path, p.filename, p.file_row_number) AS copy "
                + "FROM " + pages.from() + " p) WHERE copy = 1");
        long read = count(s, "SELECT count(*) FROM " + pages.from());
        long unique = count(s, "SELECT count(*) FROM import_pages");

        Set<String> imported = strings(s, "SELECT hash FROM import_pages");
        Set<String> replaced = strings(s, "SELECT hash FROM pages WHERE hash IN (SELECT hash FROM import_pages) "
                + "OR path IN (SELECT path FROM import_pages)");
        for (String table : List.of("articles", "facts", "entities", "checks")) {
            s.execute("DELETE FROM " + table + " WHERE page_hash IN (SELECT hash FROM pages WHERE hash IN "
                    + "(SELECT hash FROM import_pages) OR path IN (SELECT path FROM import_pages))");
        }
        s.execute("DELETE FROM pages WHERE hash IN (SELECT hash FROM import_pages) "
                + "OR path IN (SELECT path FROM import_pages)");
        s.execute("INSERT INTO pages (hash, path, source, paper, date, charset, chars, articles, facts, entities, text, "
                + "ingested_at) SELECT hash, path, source, paper, date, charset, chars, articles, facts, entities, text, "
                + "coalesce(ingested_at, CAST(now() AS TIMESTAMP)) FROM import_pages");
        s.execute("DELETE FROM failures WHERE path IN (SELECT path FROM import_pages)");

        // a child row belongs to the kept copy of its page: same hash, file name and issue date
        String ofKeptCopy = " JOIN import_pages k ON k.hash = x.page AND k.source IS NOT DISTINCT FROM x.source";
        long nArticles = articles == null ? 0 : insert(s, "articles", """
                SELECT page, article, CAST(row_number() OVER (PARTITION BY page ORDER BY filename, file_row_number) - 1
                           AS INTEGER),
                       kind, headline, CAST(to_json(subheadlines) AS VARCHAR), dateline, CAST(to_json(reporters) AS VARCHAR),
                       CAST(to_json(spans) AS VARCHAR), CAST(to_json(duplicate_spans) AS VARCHAR), continued_to,
                       continued_from, CAST(to_json(persons) AS VARCHAR), CAST(to_json(orgs) AS VARCHAR),
                       CAST(to_json(places) AS VARCHAR), text
                FROM (SELECT x.* FROM %s x%s AND k.date IS NOT DISTINCT FROM %s
                      QUALIFY row_number() OVER (PARTITION BY x.page, x.article ORDER BY x.filename, x.file_row_number) = 1)
                """.formatted(articles.from(), ofKeptCopy, articles.date("x")));
        long nFacts = facts == null ? 0 : insert(s, "facts", """
                SELECT x.page, x.fact_no, x.article, x.span_start, x.span_end, x.text, x.value, x.unit, x.approx, x.kind,
                       x.subject, x.indicator, x.period
                FROM %s x%s AND k.date IS NOT DISTINCT FROM %s
                QUALIFY row_number() OVER (PARTITION BY x.page, x.fact_no ORDER BY x.filename, x.file_row_number) = 1
                """.formatted(facts.from(), ofKeptCopy, facts.date("x")));
        long nEntities = entities == null ? 0 : insert(s, "entities", """
                SELECT page, CAST(row_number() OVER (PARTITION BY page ORDER BY filename, file_row_number) - 1 AS INTEGER),
                       type, name, title, CAST(to_json(aliases) AS VARCHAR), code, parent, CAST(to_json(articles) AS VARCHAR)
                FROM (SELECT x.* FROM %s x%s AND k.date IS NOT DISTINCT FROM %s
                      QUALIFY row_number() OVER (PARTITION BY x.page, x.type, x.name ORDER BY x.filename, x.file_row_number) = 1)
                """.formatted(entities.from(), ofKeptCopy, entities.date("x")));
        if (checks != null) {
            insert(s, "checks", """
                    SELECT x.page, x.fact_no, x.name, x.passed, x.message, x.detail
                    FROM %s x JOIN import_pages k ON k.hash = x.page
                    QUALIFY row_number() OVER (PARTITION BY x.page, x.fact_no, x.name ORDER BY x.filename, x.file_row_number) = 1
                    """.formatted(checks.from()));
        }
        long nFailures = 0;
        if (errors != null) {
            // a failure of a path that another copy brought in whole is no failure
            nFailures = count(s, "SELECT count(*) FROM (SELECT DISTINCT path FROM " + errors.from()
                    + " WHERE path NOT IN (SELECT path FROM import_pages))");
            s.execute("INSERT OR REPLACE INTO failures SELECT path, any_value(page), any_value(reason), "
                    + "CAST(now() AS TIMESTAMP) FROM " + errors.from()
                    + " WHERE path NOT IN (SELECT path FROM import_pages) GROUP BY path");
        }
        return new Result(imported, replaced, read - unique, nFailures, nArticles, nFacts, nEntities);
    }

    /**
     * The table's Parquet: {@code DIR/NAME.parquet} (export) or {@code DIR/NAME/**.parquet}
     * (Spark); null when absent or empty (a page without figures leaves no facts; Spark writes
     * a folder with no Parquet for a table with no rows). Only pages must be there.
     */
    private static Table locate(Path dir, String name, boolean required) throws IOException {
        Path file = dir.resolve(name + ".parquet");
        if (Files.isRegularFile(file)) {
            return new Table(name, quote(file.toAbsolutePath().toString()), false);
        }
        Path folder = dir.resolve(name);
        if (Files.isDirectory(folder)) {
            boolean any;
            try (var walk = Files.walk(folder)) {
                any = walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
            }
            if (any) {
                return new Table(name, quote(folder.toAbsolutePath() + "/**/*.parquet"), true);
            }
            if (!required) {
                return null;
            }
            throw new IOException(folder + ": no .parquet files in it; was the Spark job interrupted? re-run it");
        }
        if (!required) {
            return null;
        }
        throw new IOException(dir + ": no " + name + " table; expected " + name + ".parquet (from `dibao export "
                + "--format parquet`) or a " + name + "/ folder (from the Spark job)");
    }

    private static long insert(Statement s, String table, String select) throws SQLException {
        return s.executeUpdate("INSERT INTO " + table + " " + select);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> strings(Statement s, String sql) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String quote(String path) {
        return "'" + path.replace("'", "''") + "'";
    }
}
