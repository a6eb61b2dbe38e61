package dibao.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The read API of an archive: full-text search of articles with highlighted snippets and facet
 * counts, figures as rows, single articles, entities, indicator series and exports. Records in,
 * records out: no Lucene or JDBC type is part of it. Thread-safe; open once and share (a web
 * server keeps one). It holds the database read-only, so an ingest into the same folder must
 * wait until it is closed.
 */
public final class Archive implements Closeable {

    /** Chosen by the analyzer benchmark (see {@code dibao bench-archive --compare-analyzers}). */
    public static final ChineseAnalyzers DEFAULT_ANALYZER = ChineseAnalyzers.SMARTCN;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FACET_TOP = 10;
    private static final int SNIPPET_CHARS = 160;

    private final ArchiveFiles files;
    private final Connection db;
    private final Analyzer analyzer;
    private final ChineseAnalyzers analyzerChoice;
    private final FSDirectory indexDir;
    private final IndicatorSynonyms synonyms = IndicatorSynonyms.defaults();
    private DirectoryReader reader;
    private SortedSetDocValuesReaderState facetState;

    private Archive(ArchiveFiles files, Connection db, ChineseAnalyzers analyzer, FSDirectory indexDir,
            DirectoryReader reader) {
        this.files = files;
        this.db = db;
        this.analyzerChoice = analyzer;
        this.analyzer = ArchiveIndex.analyzer(analyzer);
        this.indexDir = indexDir;
        this.reader = reader;
    }

    /**
     * Opens the archive in {@code dir}. When no other process holds it, the index is first
     * reconciled with the database (finishing what a killed ingest left undone).
     */
    public static Archive open(Path dir) throws IOException {
        ArchiveFiles files = new ArchiveFiles(dir);
        if (!files.exists()) {
            throw new IOException("no archive in " + dir.toAbsolutePath() + "; create one with 'dibao ingest --data "
                    + dir + " PAGES...' (or give the right --data folder)");
        }
        try {
            ArchiveWriter.open(dir, null).close();   // reconcile; fails harmlessly when someone else holds it
        } catch (IOException e) {
            // another process has the archive: read what is committed
        }
        Connection db;
        try {
            db = ArchiveDb.openReadOnly(files.database());
        } catch (SQLException e) {
            throw new IOException(ArchiveDb.explain(files.database(), e), e);
        }
        FSDirectory idx = FSDirectory.open(files.index());
        if (!DirectoryReader.indexExists(idx)) {
            throw new IOException(files.index() + ": the search index is missing; run 'dibao ingest --data " + dir
                    + "' (with no pages) to rebuild it from the database");
        }
        return new Archive(files, db, files.storedAnalyzer(), idx, DirectoryReader.open(idx));
    }

    public Path dir() {
        return files.dir();
    }

    public ChineseAnalyzers analyzer() {
        return analyzerChoice;
    }

    // ---------------------------------------------------------------- search

    private synchronized IndexSearcher searcher() throws IOException {
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
        if (fresh != null) {
            reader.close();
            reader = fresh;
            facetState = null;
        }
        return new IndexSearcher(reader);
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexSearcher s) throws IOException {
        if (facetState == null || facetState.getReader() != s.getIndexReader()) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), ArchiveIndex.facetsConfig());
            } catch (IllegalArgumentException e) {
                return null;   // no facet values indexed yet (empty archive)
            }
        }
        return facetState;
    }

    /** Parses the user's words; a query Lucene cannot parse is searched as plain words. */
    Query parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {ArchiveIndex.HEADLINE, ArchiveIndex.TEXT},
                analyzer, Map.of(ArchiveIndex.HEADLINE, 2f, ArchiveIndex.TEXT, 1f));
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setSplitOnWhitespace(true);
        p.setAutoGeneratePhraseQueries(true);   // a Chinese word cut into several tokens is searched as a phrase
        try {
            return p.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return p.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                throw new IllegalArgumentException("cannot parse the query '" + text + "': " + e2.getMessage());
            }
        }
    }

    /** The query over the bigram field; null for queries naming fields or using wildcards. */
    Query parseBigrams(String text) {
        if (text.indexOf(':') >= 0 || text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('~') >= 0) {
            return null;
        }
        QueryParser p = new QueryParser(ArchiveIndex.TEXT_BIGRAMS, ArchiveIndex.bigrams());
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setSplitOnWhitespace(true);
        p.setAutoGeneratePhraseQueries(true);
        try {
            return p.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            return null;
        }
    }

    public SearchResult search(SearchQuery q) throws IOException {
        long t0 = System.nanoTime();
        IndexSearcher searcher = searcher();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(ArchiveIndex.TYPE, ArchiveIndex.TYPE_ARTICLE)), Occur.FILTER);
        Query words = parse(q.text());
        if (words != null) {
            Query pairs = parseBigrams(q.text());
            if (pairs == null) {
                b.add(words, Occur.MUST);
            } else {
                // words (ranked first) or, failing them, the same characters as bigram phrases
                b.add(new BooleanQuery.Builder().add(words, Occur.SHOULD)
                        .add(new org.apache.lucene.search.BoostQuery(pairs, 0.3f), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(1).build(), Occur.MUST);
            }
        }
        addTerm(b, ArchiveIndex.PAPER, q.paper());
        addTerm(b, ArchiveIndex.PERSON, q.person());
        addTerm(b, ArchiveIndex.ORG, q.org());
        addTerm(b, ArchiveIndex.PLACE, q.place());
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(ArchiveIndex.DATE, lo, hi), Occur.FILTER);
        }
        Query query = b.build();
        int n = q.offset() + q.limit();
        FacetsCollectorManager fcm = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult fr = q.sort() == SearchQuery.Sort.NEWEST
                ? FacetsCollectorManager.search(searcher, query, n,
                        new Sort(new SortField(ArchiveIndex.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE),
                        true, fcm)
                : FacetsCollectorManager.search(searcher, query, n, fcm);
        TopDocs top = fr.topDocs();

        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher);
        if (state != null) {
            Facets counts = new SortedSetDocValuesFacetCounts(state, fr.facetsCollector());
            for (String dim : ArchiveIndex.FACET_DIMS) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                try {
                    FacetResult r = counts.getTopChildren(FACET_TOP, dim);
                    if (r != null) {
                        for (LabelAndValue lv : r.labelValues) {
                            values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // dimension never indexed (no page had a paper, or no entities yet)
                }
                if (dim.equals(ArchiveIndex.MONTH)) {
                    values.sort((x, y) -> y.value().compareTo(x.value()));
                }
                facets.put(dim, values);
            }
        }

        ScoreDoc[] all = top.scoreDocs;
        ScoreDoc[] page = q.offset() >= all.length ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(all, q.offset(), all.length);
        String[] snippets = new String[page.length];
        if (page.length > 0 && words != null) {
            UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(Snippet.OPEN),
                            String.valueOf(Snippet.CLOSE), "…", false))
                    .withBreakIterator(() -> new CustomSeparatorBreakIterator('。'))
                    .build();
            snippets = hl.highlight(ArchiveIndex.TEXT, words,
                    new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 1);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(page[i].doc);
            String marked = snippets[i];
            if (marked == null) {
                String text = d.get(ArchiveIndex.TEXT);
                marked = text == null ? "" : text.substring(0, Math.min(text.length(), SNIPPET_CHARS));
            }
            hits.add(new SearchResult.Hit(d.get(ArchiveIndex.PAGE), d.get(ArchiveIndex.ARTICLE), d.get(ArchiveIndex.PAPER),
                    d.get(ArchiveIndex.DATE), d.get(ArchiveIndex.SOURCE), d.get(ArchiveIndex.HEADLINE),
                    Float.isNaN(page[i].score) ? 0f : page[i].score, shorten(Snippet.fromMarked(marked)),
                    List.of(d.getValues(ArchiveIndex.PERSON)), List.of(d.getValues(ArchiveIndex.ORG)),
                    List.of(d.getValues(ArchiveIndex.PLACE))));
        }
        return new SearchResult(top.totalHits.value, hits, facets, (System.nanoTime() - t0) / 1e6);
    }

    /** Cuts a long passage to about {@link #SNIPPET_CHARS} around its first highlight. */
    static Snippet shorten(Snippet s) {
        String t = s.text().replace('\n', ' ');
        if (t.length() <= SNIPPET_CHARS) {
            return new Snippet(t, s.highlights());
        }
        int anchor = s.highlights().isEmpty() ? 0 : s.highlights().get(0).start();
        int from = Math.max(0, Math.min(anchor - SNIPPET_CHARS / 4, t.length() - SNIPPET_CHARS));
        int to = Math.min(t.length(), from + SNIPPET_CHARS);
        String prefix = from > 0 ? "…" : "";
        String suffix = to < t.length() ? "…" : "";
        List<Snippet.Range> ranges = new ArrayList<>();
        for (Snippet.Range r : s.highlights()) {
            if (r.start() >= from && r.end() <= to) {
                ranges.add(new Snippet.Range(r.start() - from + prefix.length(), r.end() - from + prefix.length()));
            }
        }
        return new Snippet(prefix + t.substring(from, to) + suffix, ranges);
    }

    private static void addTerm(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), Occur.FILTER);
        }
    }

    // ---------------------------------------------------------------- facts

    /**
     * Facts matching {@code where} (over {@code f} = facts and {@code p} = pages), with the change
     * figure of the same subject, indicator and period in the same article, and their checks.
     * The filter is applied first, so the joins only touch the pages of matching facts.
     */
    static String factSql(String where, String orderAndLimit) {
        return """
            WITH base AS (
              SELECT f.*, p.source, p.paper, CAST(p.date AS VARCHAR) AS day, p.date AS issue
              FROM facts f JOIN pages p ON p.hash = f.page_hash WHERE\s""" + where + """
            ),
            chg AS (
              SELECT page_hash, article_id, subject, indicator, period,
                     arg_min(value, fact_no) AS value, arg_min(unit, fact_no) AS unit
              FROM facts WHERE kind = 'change' AND subject IS NOT NULL AND indicator IS NOT NULL
                   AND page_hash IN (SELECT page_hash FROM base)
              GROUP BY page_hash, article_id, subject, indicator, period),
            ck AS (
              SELECT page_hash, fact_no,
                     CAST(to_json(list({'name': name, 'passed': passed, 'message': message} ORDER BY name)) AS VARCHAR) AS js
              FROM checks WHERE page_hash IN (SELECT page_hash FROM base) GROUP BY page_hash, fact_no)
            SELECT f.subject, f.indicator, f.period, f.value, f.unit, f.approx, f.kind,
                   CASE WHEN f.kind <> 'change' THEN chg.value END AS change,
                   CASE WHEN f.kind <> 'change' THEN chg.unit END AS change_unit,
                   f.text, f.page_hash, f.source, f.paper, f.day, f.article_id, f.span_start, f.span_end, ck.js
            FROM base f
            LEFT JOIN chg ON chg.page_hash = f.page_hash AND chg.article_id IS NOT DISTINCT FROM f.article_id
                 AND chg.subject = f.subject AND chg.indicator = f.indicator
                 AND chg.period IS NOT DISTINCT FROM f.period
            LEFT JOIN ck ON ck.page_hash = f.page_hash AND ck.fact_no = f.fact_no
            """ + orderAndLimit;
    }

    /** Indicator names compared as the scorer does: no leading 全市/全省, no trailing 总额/总值/额/值... */
    private static final String NORMALISED_INDICATOR =
            "regexp_replace(regexp_replace(f.indicator, '^(全市|全省|全国)', ''), '(总额|总值|总量|额|值|数|量)$', '')";

    static String normaliseIndicator(String s) {
        return s.replaceFirst("^(全市|全省|全国)", "").replaceFirst("(总额|总值|总量|额|值|数|量)$", "");
    }

    /** Figures matching the query, oldest issue first, in page order. */
    public List<FactRow> facts(FactQuery q) throws IOException {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.subject() != null && !q.subject().isBlank()) {
            sql.append(" AND (f.subject = ? OR starts_with(f.subject, ?))");
            args.add(q.subject().strip());
            args.add(q.subject().strip());
        }
        if (q.indicator() != null && !q.indicator().isBlank()) {
            Set<String> names = synonyms.expand(q.indicator().strip());
            Set<String> normalised = new java.util.LinkedHashSet<>();
            for (String s : names) {
                String n = normaliseIndicator(s);
                normalised.add(n.isEmpty() ? s : n);
            }
            sql.append(" AND (f.indicator IN (").append(placeholders(names.size())).append(") OR ")
                    .append(NORMALISED_INDICATOR).append(" IN (").append(placeholders(normalised.size())).append("))");
            args.addAll(names);
            args.addAll(normalised);
        }
        if (q.from() != null) {
            sql.append(" AND p.date >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND p.date <= ?");
            args.add(q.to());
        }
        if (q.paper() != null && !q.paper().isBlank()) {
            sql.append(" AND p.paper = ?");
            args.add(q.paper().strip());
        }
        if (q.kind() != null && !q.kind().isBlank()) {
            sql.append(" AND f.kind = ?");
            args.add(q.kind().strip());
        }
        String order = " ORDER BY f.issue NULLS LAST, f.source, f.page_hash, f.fact_no"
                + (q.limit() > 0 ? " LIMIT " + q.limit() : "");
        return queryFacts(factSql(sql.toString(), order), args);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private synchronized List<FactRow> queryFacts(String sql, List<Object> args) throws IOException {
        List<FactRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double chg = rs.getDouble(8);
                    Double change = rs.wasNull() ? null : chg;
                    out.add(new FactRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), change, rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                            rs.getString(15), rs.getInt(16), rs.getInt(17), checks(rs.getString(18))));
                }
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": facts query failed: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<FactRow.CheckRow> checks(String json) throws IOException {
        if (json == null || json.isEmpty() || json.equals("null")) {
            return List.of();
        }
        List<FactRow.CheckRow> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            out.add(new FactRow.CheckRow(n.path("name").asText(null), n.path("passed").asBoolean(),
                    n.path("message").isNull() ? null : n.path("message").asText(null)));
        }
        return out;
    }

    /**
     * The values reported for one subject and indicator (synonyms applied), one point per
     * period, value, unit and kind, with the facts that report it; in period order.
     */
    public List<SeriesPoint> indicatorSeries(String subject, String indicator) throws IOException {
        Map<String, List<FactRow>> groups = new LinkedHashMap<>();
        List<FactRow> rows = new ArrayList<>(facts(FactQuery.of(subject, indicator)));
        rows.sort(java.util.Comparator.comparing((FactRow r) -> r.period() == null ? "" : r.period()));
        for (FactRow r : rows) {
            String key = r.period() + "\u0000" + r.value() + "\u0000" + r.unit() + "\u0000" + r.kind();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<SeriesPoint> out = new ArrayList<>();
        for (List<FactRow> g : groups.values()) {
            FactRow f = g.get(0);
            out.add(new SeriesPoint(f.period(), f.value(), f.unit(), f.kind(), g));
        }
        return out;
    }

    // ---------------------------------------------------------------- articles, pages, entities

    /** One article with its figures, or empty if the archive has no such article. */
    public synchronized Optional<ArticleView> article(String pageHash, String articleId) throws IOException {
        String sql = """
                SELECT p.paper, CAST(p.date AS VARCHAR), p.source, p.path, a.kind, a.headline, a.subheadlines,
                       a.dateline, a.reporters, a.spans, a.text, a.persons, a.orgs, a.places
                FROM articles a JOIN pages p ON p.hash = a.page_hash WHERE a.page_hash = ? AND a.article_id = ?""";
        ArticleView view;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, pageHash);
            ps.setString(2, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                view = new ArticleView(pageHash, articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), ArchiveWriter.Json.strings(rs.getString(7)),
                        rs.getString(8), ArchiveWriter.Json.strings(rs.getString(9)),
                        ArchiveWriter.Json.spans(rs.getString(10)), rs.getString(11),
                        ArchiveWriter.Json.strings(rs.getString(12)), ArchiveWriter.Json.strings(rs.getString(13)),
                        ArchiveWriter.Json.strings(rs.getString(14)), List.of());
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
        List<FactRow> facts = queryFacts(factSql("f.page_hash = ? AND f.article_id = ?", " ORDER BY f.fact_no"),
                List.of(pageHash, articleId));
        return Optional.of(new ArticleView(view.page(), view.article(), view.paper(), view.date(), view.source(),
                view.path(), view.kind(), view.headline(), view.subheadlines(), view.dateline(), view.reporters(),
                view.spans(), view.text(), view.persons(), view.orgs(), view.places(), facts));
    }

    /** The text of a page exactly as on disk (spans index it, in code points), or empty. */
    public synchronized Optional<String> pageText(String pageHash) throws IOException {
        try (PreparedStatement ps = db.prepareStatement("SELECT text FROM pages WHERE hash = ?")) {
            ps.setString(1, pageHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Entities of the archive, most frequent first. {@code type} (person | org | place) and
     * {@code nameContains} are optional filters.
     */
    public synchronized List<EntityCount> entities(String type, String nameContains, int limit) throws IOException {
        StringBuilder sql = new StringBuilder("""
                SELECT type, name, count(DISTINCT page_hash) AS pages,
                       sum(CASE WHEN articles IS NULL OR articles = '[]' THEN 1 ELSE json_array_length(articles) END) AS arts,
                       string_agg(DISTINCT title, chr(1)) AS titles
                FROM entities WHERE name IS NOT NULL""");
        List<Object> args = new ArrayList<>();
        if (type != null && !type.isBlank()) {
            sql.append(" AND type = ?");
            args.add(type.strip().toLowerCase(Locale.ROOT));
        }
        if (nameContains != null && !nameContains.isBlank()) {
            sql.append(" AND contains(name, ?)");
            args.add(nameContains.strip());
        }
        sql.append(" GROUP BY type, name ORDER BY pages DESC, arts DESC, name LIMIT ").append(limit <= 0 ? 100 : limit);
        List<EntityCount> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String titles = rs.getString(5);
                    out.add(new EntityCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            titles == null ? List.of() : List.of(titles.split("\u0001"))));
                }
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Rows per table: pages, articles, facts, entities, checks, failures. */
    public synchronized Map<String, Long> counts() throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String t : new String[] {"pages", "articles", "facts", "entities", "checks", "failures"}) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Files that failed to ingest: path and reason. */
    public synchronized List<Ingester.Failure> failures() throws IOException {
        List<Ingester.Failure> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT path, reason FROM failures ORDER BY path")) {
            while (rs.next()) {
                out.add(new Ingester.Failure(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IOException(files.database() + ": " + e.getMessage(), e);
        }
        return out;
    }

    // ---------------------------------------------------------------- export

    public enum ExportFormat { JSONL, CSV, PARQUET }

    /** The tables an export writes, as SQL over the database (lists as real lists, not JSON text). */
    static final Map<String, String> EXPORT_TABLES = new LinkedHashMap<>();

    static {
        EXPORT_TABLES.put("pages", """
                SELECT hash AS page, path, source, paper, date, charset, chars, articles, facts, entities, ingested_at, text
                FROM pages ORDER BY date, source""");
        EXPORT_TABLES.put("articles", """
                SELECT a.page_hash AS page, a.article_id AS article, p.paper, p.date, p.source, a.kind, a.headline,
                       from_json(a.subheadlines, '["VARCHAR"]') AS subheadlines, a.dateline,
                       from_json(a.reporters, '["VARCHAR"]') AS reporters,
                       from_json(a.spans, '[["INTEGER"]]') AS spans,
                       from_json(a.duplicate_spans, '[["INTEGER"]]') AS duplicate_spans,
                       a.continued_to, a.continued_from,
                       from_json(a.persons, '["VARCHAR"]') AS persons, from_json(a.orgs, '["VARCHAR"]') AS orgs,
                       from_json(a.places, '["VARCHAR"]') AS places, a.text
                FROM articles a JOIN pages p ON p.hash = a.page_hash ORDER BY p.date, p.source, a.ord""");
        EXPORT_TABLES.put("facts", """
                SELECT f.page_hash AS page, f.article_id AS article, p.paper, p.date, p.source, f.fact_no,
                       f.span_start, f.span_end, f.text, f.value, f.unit, f.approx, f.kind, f.subject, f.indicator,
                       f.period
                FROM facts f JOIN pages p ON p.hash = f.page_hash ORDER BY p.date, p.source, f.fact_no""");
        EXPORT_TABLES.put("entities", """
                SELECT e.page_hash AS page, p.paper, p.date, p.source, e.type, e.name, e.title,
                       from_json(e.aliases, '["VARCHAR"]') AS aliases, e.code, e.parent,
                       from_json(e.articles, '["VARCHAR"]') AS articles
                FROM entities e JOIN pages p ON p.hash = e.page_hash ORDER BY p.date, p.source, e.entity_no""");
        EXPORT_TABLES.put("checks", """
                SELECT page_hash AS page, fact_no, name, passed, message, detail FROM checks ORDER BY page_hash, fact_no""");
    }

    /**
     * Writes one file per table ({@code pages, articles, facts, entities, checks}) into the folder
     * {@code out}, written by DuckDB's COPY. Returns the files written.
     */
    public synchronized List<Path> export(ExportFormat format, Path out) throws IOException {
        Files.createDirectories(out);
        String ext = switch (format) {
            case JSONL -> "jsonl";
            case CSV -> "csv";
            case PARQUET -> "parquet";
        };
        String options = switch (format) {
            case JSONL -> "(FORMAT json)";
            case CSV -> "(FORMAT csv, HEADER true)";
            case PARQUET -> "(FORMAT parquet, COMPRESSION zstd)";
        };
        List<Path> written = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, String> t : EXPORT_TABLES.entrySet()) {
                Path file = out.resolve(t.getKey() + "." + ext).toAbsolutePath();
                s.execute("COPY (" + t.getValue() + ") TO '" + file.toString().replace("'", "''") + "' " + options);
                written.add(file);
            }
        } catch (SQLException e) {
            throw new IOException("export to " + out + " failed: " + e.getMessage(), e);
        }
        return written;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            // read-only: nothing to lose
        }
        reader.close();
        indexDir.close();
    }
}
