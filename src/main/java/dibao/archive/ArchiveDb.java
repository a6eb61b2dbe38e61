package dibao.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The DuckDB database of an archive: pages, articles, facts, entities, checks and failures.
 * DuckDB rather than SQLite or H2: it is embedded like them, but columnar (facts by indicator,
 * period or paper are scans and aggregations, which it vectorises) and writes Parquet natively
 * ({@code COPY ... (FORMAT parquet)}), so exports need no extra library.
 */
final class ArchiveDb {

    private ArchiveDb() {
    }

    static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS pages (
          hash VARCHAR PRIMARY KEY, path VARCHAR, source VARCHAR, paper VARCHAR, date DATE,
          charset VARCHAR, chars INTEGER, articles INTEGER, facts INTEGER, entities INTEGER,
          text VARCHAR, ingested_at TIMESTAMP)""",
        """
        CREATE TABLE IF NOT EXISTS articles (
          page_hash VARCHAR, article_id VARCHAR, ord INTEGER, kind VARCHAR, headline VARCHAR,
          subheadlines VARCHAR, dateline VARCHAR, reporters VARCHAR, spans VARCHAR, duplicate_spans VARCHAR,
          continued_to VARCHAR, continued_from VARCHAR, persons VARCHAR, orgs VARCHAR, places VARCHAR,
          text VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS facts (
          page_hash VARCHAR, fact_no INTEGER, article_id VARCHAR, span_start INTEGER, span_end INTEGER,
          text VARCHAR, value DOUBLE, unit VARCHAR, approx VARCHAR, kind VARCHAR, subject VARCHAR,
          indicator VARCHAR, period VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS entities (
          page_hash VARCHAR, entity_no INTEGER, type VARCHAR, name VARCHAR, title VARCHAR, aliases VARCHAR,
          code VARCHAR, parent VARCHAR, articles VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS checks (
          page_hash VARCHAR, fact_no INTEGER, name VARCHAR, passed BOOLEAN, message VARCHAR, detail VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS failures (
          path VARCHAR PRIMARY KEY, hash VARCHAR, reason VARCHAR, failed_at TIMESTAMP)""",
    };

    /** Opens (creating if needed) the database for writing. */
    static Connection openWritable(Path file) throws SQLException {
        Properties p = new Properties();
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            init(c, s);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static void init(Connection c, Statement s) throws SQLException {
        {
            // DuckDB's memory is off the Java heap; cap it so an ingest stays small overall
            s.execute("SET memory_limit='512MB'");
            s.execute("SET threads=2");
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
    }

    /** Opens an existing database read-only (several readers may share it; no writer meanwhile). */
    static Connection openReadOnly(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit='512MB'");
        }
        return c;
    }

    /** A clear message for the usual cause of a failed open: another process holds the archive. */
    static String explain(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock") || m.contains("Conflicting")) {
            return file + ": the archive is in use by another dibao process (an ingest or a server); "
                    + "wait for it to finish or stop it, then retry";
        }
        return file + ": cannot open the archive database (" + m + ")";
    }
}
