package dibao.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.doc.Article;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.page.Page;
import dibao.text.CodePoints;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes pages into an archive. Single-threaded (the ingest's writer thread owns it).
 *
 * <p>Crash safety: a batch of pages goes into the database in one transaction (each page's
 * articles, facts, entities and checks, then its {@code pages} row), and only after that
 * transaction has committed are the pages put into the Lucene index and the index committed. A
 * process killed at any point leaves the database with whole pages or none, and the index
 * behind the database at worst; {@link #reconcile} (run on every open) deletes index documents of
 * pages the database lacks and re-indexes pages the index lacks, from the database.
 */
public final class ArchiveWriter implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArchiveFiles files;
    private final Connection db;
    private final IndexWriter index;
    private final FacetsConfig facets = ArchiveIndex.facetsConfig();
    private final List<PendingPage> pending = new ArrayList<>();
    private final Set<String> pendingDeletes = new HashSet<>();
    private final PreparedStatement insertPage;
    /**
     * Child rows (articles, facts, entities, checks) go through DuckDB appenders, opened with
     * the batch's transaction and flushed before it commits: row by row INSERTs cost more than
     * extraction on pages dense with figures. The page row stays an INSERT (its key is checked).
     */
    private DuckDBAppender appendArticle;
    private DuckDBAppender appendFact;
    private DuckDBAppender appendEntity;
    private DuckDBAppender appendCheck;
    private final PreparedStatement upsertFailure;
    private final PreparedStatement deleteFailure;
    private final PreparedStatement samePath;
    private boolean inTransaction;

    /** A page written to the database in the open transaction, to be indexed once it commits. */
    private record PendingPage(String hash, List<IndexedArticle> articles) {
    }

    /** A page to store: its identity, where it was read from, its text and its extraction. */
    public record PageRecord(String hash, String path, Page page, ExtractionDocument doc) {
    }

    private ArchiveWriter(ArchiveFiles files, Connection db, IndexWriter index) throws SQLException {
        this.files = files;
        this.db = db;
        this.index = index;
        insertPage = db.prepareStatement("INSERT INTO pages VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        upsertFailure = db.prepareStatement("INSERT OR REPLACE INTO failures VALUES (?,?,?,?)");
        deleteFailure = db.prepareStatement("DELETE FROM failures WHERE path = ?");
        samePath = db.prepareStatement("SELECT hash FROM pages WHERE path = ? OR hash = ?");
    }

    /**
     * Opens the archive in {@code dir} for writing, creating it if needed, and reconciles the
     * index with the database. {@code analyzer} null means the archive's own (or the default).
     */
    public static ArchiveWriter open(java.nio.file.Path dir, ChineseAnalyzers analyzer) throws IOException {
        ArchiveFiles files = new ArchiveFiles(dir);
        ChineseAnalyzers chosen = files.analyzer(analyzer);
        Connection db;
        try {
            db = ArchiveDb.openWritable(files.database());
        } catch (SQLException e) {
            throw new IOException(ArchiveDb.explain(files.database(), e), e);
        }
        Analyzer a = ArchiveIndex.analyzer(chosen);
        FSDirectory dirIndex = FSDirectory.open(files.index());
        IndexWriter w = ArchiveIndex.openWriter(dirIndex, a);
        try {
            if (!DirectoryReader.indexExists(dirIndex)) {
                w.commit();   // an empty commit, so readers can open a new archive
            }
            ArchiveWriter out = new ArchiveWriter(files, db, w);
            out.reconcile();
            return out;
        } catch (SQLException e) {
            w.rollback();
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
    }

    /** Content hash -> issue date ("" when none) of every page in the archive. */
    public Map<String, String> pageDates() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT hash, coalesce(CAST(date AS VARCHAR), '') FROM pages")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Content hashes of every page in the archive. */
    public Set<String> pageHashes() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT hash FROM pages")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** What {@link #reconcile} did. */
    public record Reconciliation(int deleted, int reindexed) {
    }

    private Reconciliation lastReconciliation = new Reconciliation(0, 0);

    public Reconciliation lastReconciliation() {
        return lastReconciliation;
    }

    /** Brings the index in line with the database (the truth). */
    Reconciliation reconcile() throws IOException, SQLException {
        Set<String> inDb = pageHashes();
        Set<String> inIndex;
        try (DirectoryReader r = DirectoryReader.open(index)) {
            inIndex = ArchiveIndex.pageHashes(r);
        }
        int deleted = 0;
        for (String h : inIndex) {
            if (!inDb.contains(h)) {
                ArchiveIndex.deletePage(index, h);
                deleted++;
            }
        }
        List<String> missing = inDb.stream().filter(h -> !inIndex.contains(h)).toList();
        int reindexed = 0;
        for (int from = 0; from < missing.size(); from += 500) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
            Map<String, List<IndexedArticle>> byPage = readIndexed(chunk);
            for (String h : chunk) {
                ArchiveIndex.putPage(index, facets, h, byPage.getOrDefault(h, List.of()));
                reindexed++;
            }
            indexProgress.update(reindexed, missing.size());
        }
        if (deleted > 0 || reindexed > 0) {
            index.commit();
        }
        lastReconciliation = new Reconciliation(deleted, reindexed);
        return lastReconciliation;
    }

    private Map<String, List<IndexedArticle>> readIndexed(List<String> hashes) throws SQLException {
        Map<String, List<IndexedArticle>> out = new HashMap<>();
        String in = String.join(",", java.util.Collections.nCopies(hashes.size(), "?"));
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT a.page_hash, a.article_id, p.paper, CAST(p.date AS VARCHAR), p.source, a.headline, a.text,
                       a.persons, a.orgs, a.places
                FROM articles a JOIN pages p ON p.hash = a.page_hash
                WHERE a.page_hash IN (""" + in + ") ORDER BY a.page_hash, a.ord")) {
            for (int i = 0; i < hashes.size(); i++) {
                ps.setString(i + 1, hashes.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new IndexedArticle(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Json.strings(rs.getString(8)),
                            Json.strings(rs.getString(9)), Json.strings(rs.getString(10))));
                }
            }
        }
        return out;
    }

    private void begin() throws SQLException {
        if (!inTransaction) {
            db.setAutoCommit(false);
            inTransaction = true;
            DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
            appendArticle = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
            appendFact = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facts");
            appendEntity = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entities");
            appendCheck = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "checks");
        }
    }

    /** Writes the appenders' rows into the open transaction and closes them. */
    private void closeAppenders() throws SQLException {
        for (DuckDBAppender a : new DuckDBAppender[] {appendArticle, appendFact, appendEntity, appendCheck}) {
            if (a != null) {
                a.close();
            }
        }
        appendArticle = null;
        appendFact = null;
        appendEntity = null;
        appendCheck = null;
    }

    /** Appended rows are not seen by statements until flushed: before a DELETE, flush them. */
    private void flushAppenders() throws SQLException {
        for (DuckDBAppender a : new DuckDBAppender[] {appendArticle, appendFact, appendEntity, appendCheck}) {
            if (a != null) {
                a.flush();
            }
        }
    }

    private static void put(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    /**
     * Writes one page into the open batch. An earlier version of the same file (same path,
     * other content) is replaced, and so is the same page stored with another issue date.
     * Nothing is visible until {@link #commit}.
     */
    public void write(PageRecord rec) throws SQLException {
        begin();
        String h = rec.hash();
        samePath.setString(1, rec.path());
        samePath.setString(2, h);
        List<String> replaced = new ArrayList<>();
        try (ResultSet rs = samePath.executeQuery()) {
            while (rs.next()) {
                replaced.add(rs.getString(1));
            }
        }
        if (!replaced.isEmpty()) {
            flushAppenders();
        }
        for (String old : replaced) {
            deletePageRows(old);
            pendingDeletes.add(old);
        }
        ExtractionDocument doc = rec.doc();
        String text = rec.page().text();
        CodePoints cp = CodePoints.of(text);
        List<IndexedArticle> indexed = new ArrayList<>();
        int ord = 0;
        for (Article a : doc.articles()) {
            ArticleNames names = ArticleNames.of(a, doc.entities());
            DuckDBAppender r = appendArticle.beginRow();
            put(r, h);
            put(r, a.id());
            r.append(ord++);
            put(r, a.kind());
            put(r, a.headline());
            put(r, Json.write(a.subheadlines()));
            put(r, a.dateline());
            put(r, Json.write(a.reporters()));
            put(r, Json.write(cp.pairs(a.spans())));
            put(r, Json.write(cp.pairs(a.duplicateSpans())));
            put(r, a.continuedTo());
            put(r, a.continuedFrom());
            put(r, Json.write(names.persons()));
            put(r, Json.write(names.orgs()));
            put(r, Json.write(names.places()));
            put(r, a.text());
            r.endRow();
            indexed.add(new IndexedArticle(h, a.id(), doc.paper(), doc.date(), rec.page().source(), a.headline(),
                    a.text(), names.persons(), names.orgs(), names.places()));
        }
        int factNo = 0;
        for (Fact f : doc.facts()) {
            DuckDBAppender r = appendFact.beginRow();
            put(r, h);
            r.append(factNo);
            put(r, f.article());
            r.append(cp.at(f.span().start()));
            r.append(cp.at(f.span().end()));
            put(r, f.text() != null ? f.text() : f.span().of(text));
            r.append(f.value());
            put(r, f.unit());
            put(r, f.approx());
            put(r, f.kind());
            put(r, f.subject());
            put(r, f.indicator());
            put(r, f.period());
            r.endRow();
            for (Check c : f.checks()) {
                DuckDBAppender k = appendCheck.beginRow();
                put(k, h);
                k.append(factNo);
                put(k, c.name());
                k.append(c.passed());
                put(k, c.message());
                put(k, Json.write(c.detail()));
                k.endRow();
            }
            factNo++;
        }
        int entityNo = 0;
        for (Entity e : doc.entities()) {
            DuckDBAppender r = appendEntity.beginRow();
            put(r, h);
            r.append(entityNo++);
            put(r, e.type());
            put(r, e.name());
            put(r, e.title());
            put(r, Json.write(e.aliases()));
            put(r, e.code());
            put(r, e.parent());
            put(r, Json.write(e.articles()));
            r.endRow();
        }
        // the page row last: a page is in the archive when, and only when, this row is
        int i = 1;
        insertPage.setString(i++, h);
        insertPage.setString(i++, rec.path());
        insertPage.setString(i++, rec.page().source());
        insertPage.setString(i++, doc.paper());
        if (doc.date() != null) {
            insertPage.setObject(i++, java.time.LocalDate.parse(doc.date()));
        } else {
            insertPage.setNull(i++, Types.DATE);
        }
        insertPage.setString(i++, rec.page().charset());
        insertPage.setInt(i++, text.codePointCount(0, text.length()));
        insertPage.setInt(i++, doc.articles().size());
        insertPage.setInt(i++, doc.facts().size());
        insertPage.setInt(i++, doc.entities().size());
        insertPage.setString(i++, text);
        insertPage.setTimestamp(i++, Timestamp.from(Instant.now()));
        insertPage.executeUpdate();
        deleteFailure.setString(1, rec.path());
        deleteFailure.executeUpdate();
        pending.add(new PendingPage(h, indexed));
    }

    /** Told how many of the pages the index lacks have been indexed, after every 500. */
    public interface IndexProgress {
        void update(int indexed, int total);
    }

    private IndexProgress indexProgress = (indexed, total) -> { };

    /** Reports the progress of indexing pages from the database (an import, a rebuilt index). */
    public ArchiveWriter onIndexProgress(IndexProgress progress) {
        this.indexProgress = progress;
        return this;
    }

    /** What {@link #importParquet} put in the archive. */
    public record ImportSummary(int pages, int replaced, long duplicates, long failures, long articles, long facts,
                                long entities) {
    }

    /**
     * Loads the Parquet tables in {@code dir} (from {@code dibao export --format parquet} or the
     * Spark job) into the archive and indexes their pages: the database in one transaction, then
     * the index. Pages replace the archive's pages with the same hash or path.
     */
    public ImportSummary importParquet(java.nio.file.Path dir) throws IOException, SQLException {
        commit();
        ParquetImport.Result r = ParquetImport.run(db, dir);
        for (String h : r.replaced()) {
            ArchiveIndex.deletePage(index, h);
        }
        for (String h : r.imported()) {
            ArchiveIndex.deletePage(index, h);   // a page imported before under this hash gets its new rows
        }
        reconcile();   // indexes from the database every page the index now lacks
        index.commit();
        return new ImportSummary(r.imported().size(), r.replaced().size(), r.duplicates(), r.failures(), r.articles(),
                r.facts(), r.entities());
    }

    /** Records a file that could not be ingested (replacing an earlier failure of the same path). */
    public void recordFailure(String path, String hash, String reason) throws SQLException {
        begin();
        upsertFailure.setString(1, path);
        upsertFailure.setString(2, hash);
        upsertFailure.setString(3, reason);
        upsertFailure.setTimestamp(4, Timestamp.from(Instant.now()));
        upsertFailure.executeUpdate();
    }

    private void deletePageRows(String hash) throws SQLException {
        for (String sql : new String[] {"DELETE FROM articles WHERE page_hash = ?", "DELETE FROM facts WHERE page_hash = ?",
                "DELETE FROM entities WHERE page_hash = ?", "DELETE FROM checks WHERE page_hash = ?",
                "DELETE FROM pages WHERE hash = ?"}) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, hash);
                ps.executeUpdate();
            }
        }
    }

    /** Pages written since the last commit. */
    public int pendingPages() {
        return pending.size();
    }

    /** Commits the batch: the database first, then the index. */
    public void commit() throws SQLException, IOException {
        if (!inTransaction) {
            return;
        }
        closeAppenders();
        db.commit();
        db.setAutoCommit(true);
        inTransaction = false;
        for (String old : pendingDeletes) {
            ArchiveIndex.deletePage(index, old);
        }
        for (PendingPage p : pending) {
            ArchiveIndex.putPage(index, facets, p.hash(), p.articles());
        }
        index.commit();
        pending.clear();
        pendingDeletes.clear();
    }

    /** Number of pages, articles, facts, entities and failures stored. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String t : new String[] {"pages", "articles", "facts", "entities", "failures"}) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } catch (SQLException e) {
            throw new IOException(files.database() + ": final commit failed: " + e.getMessage(), e);
        } finally {
            index.close();
            try {
                db.close();
            } catch (SQLException e) {
                // closing after a commit: nothing left to lose
            }
        }
    }

    /** JSON text columns. */
    static final class Json {
        private Json() {
        }

        static String write(Object o) {
            try {
                return JSON.writeValueAsString(o);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<String> strings(String json) {
            if (json == null || json.isEmpty()) {
                return List.of();
            }
            try {
                return List.of(JSON.readValue(json, String[].class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<int[]> spans(String json) {
            if (json == null || json.isEmpty()) {
                return List.of();
            }
            try {
                return List.of(JSON.readValue(json, int[][].class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
