package dibao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.Fact;
import dibao.web.ArchiveView.Count;
import dibao.web.ArchiveView.FactQuery;
import dibao.web.ArchiveView.FactRow;
import dibao.web.ArchiveView.SearchQuery;
import dibao.web.ArchiveView.SearchResult;
import dibao.web.ArchiveView.StoredArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web archive: a JSON API under /api/ over an {@link ArchiveView}, and the pages (static HTML
 * and vanilla JS that build their DOM from the API with textContent, so page text is never parsed
 * as HTML). A Content-Security-Policy forbids inline and foreign scripts as a second line.
 */
public final class WebServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUERY_FIELD = Pattern.compile("(?<![\\p{L}\\p{N}_])([A-Za-z_][A-Za-z0-9_]*):");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final List<String> ENTITY_TYPES = List.of("person", "org", "place");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final ArchiveView archive;
    private final Javalin app;
    private final Map<String, byte[]> resources = new ConcurrentHashMap<>();

    private WebServer(ArchiveView archive) {
        this.archive = archive;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024L;
        });
        routes();
    }

    /** Starts serving {@code archive} on host:port (port 0 picks a free one). */
    public static WebServer start(ArchiveView archive, String host, int port) {
        WebServer server = new WebServer(archive);
        server.app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        app.get("/api/search", this::search);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/facts", this::facts);
        app.get("/api/series", this::series);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{type}/{name}", this::entity);
        app.get("/api/indicators", this::indicators);

        app.get("/", ctx -> page(ctx, "search.html"));
        app.get("/search", ctx -> page(ctx, "search.html"));
        app.get("/articles/{id}", ctx -> page(ctx, "article.html"));
        app.get("/entities", ctx -> page(ctx, "entities.html"));
        app.get("/entities/{type}/{name}", ctx -> page(ctx, "entity.html"));
        app.get("/indicators", ctx -> page(ctx, "indicator.html"));
        app.get("/static/{file}", ctx -> resource(ctx, "static", ctx.pathParam("file")));
        app.get("/vendor/{file}", ctx -> resource(ctx, "vendor", ctx.pathParam("file")));

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e, null));
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.startsWith("application/json")) {
                return; // an API 404 that already says what was not found
            }
            if (ctx.path().startsWith("/api/")) {
                error(ctx, 404, "no such endpoint: " + ctx.path(), null);
            } else {
                ctx.contentType(CONTENT_TYPES.get("html")).result(notFoundPage());
            }
        });
    }

    // ---- API ----

    private void search(Context ctx) {
        RequestParams p = RequestParams.of(ctx, "q", "paper", "from", "to", "person", "org", "place", "offset", "limit");
        String q = p.text("q");
        checkQueryFields(q);
        LocalDate[] dates = p.dateRange("from", "to");
        int offset = p.integer("offset", 0, 0, 100_000);
        int limit = p.integer("limit", 20, 1, 100);
        SearchQuery query = new SearchQuery(q, p.text("paper"), dates[0], dates[1], p.text("person"), p.text("org"),
                p.text("place"), offset, limit);
        SearchResult result = archive.search(query);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (ArchiveView.SearchHit h : result.hits()) {
            List<Map<String, Object>> snippet = new ArrayList<>();
            for (ArchiveView.Fragment f : h.snippet()) {
                snippet.add(obj("text", f.text(), "match", f.match()));
            }
            hits.add(obj("id", h.id(), "headline", h.headline(), "paper", h.paper(), "date", str(h.date()),
                    "source", h.source(), "snippet", snippet));
        }
        ArchiveView.Facets f = result.facets();
        Map<String, Object> facets = obj("paper", counts(f.papers()), "month", counts(f.months()),
                "person", counts(f.persons()), "org", counts(f.orgs()), "place", counts(f.places()));
        Map<String, Object> echo = obj("q", q, "paper", query.paper(), "from", str(query.from()), "to", str(query.to()),
                "person", query.person(), "org", query.org(), "place", query.place());
        json(ctx, obj("query", echo, "total", result.total(), "offset", offset, "limit", limit, "hits", hits,
                "facets", facets));
    }

    /** A {@code field:} in the query that the archive does not index is a mistake worth a 400. */
    private void checkQueryFields(String q) {
        if (q == null) {
            return;
        }
        Set<String> fields = archive.queryFields();
        Matcher m = QUERY_FIELD.matcher(q);
        while (m.find()) {
            if (!fields.contains(m.group(1))) {
                throw ApiException.badParameter("q", "unknown field '" + m.group(1) + "' in the query; fields are "
                        + String.join(", ", new TreeSet<>(fields)));
            }
        }
    }

    private void article(Context ctx) {
        RequestParams.of(ctx);
        String id = ctx.pathParam("id");
        StoredArticle a = archive.article(id)
                .orElseThrow(() -> new ApiException(404, "id", "no article with id '" + id + "'"));
        CodePoints page = CodePoints.of(a.pageText());
        String text = a.article().text();
        CodePoints clean = CodePoints.of(text);
        List<Map<String, Object>> facts = new ArrayList<>();
        for (int i = 0; i < a.facts().size(); i++) {
            Fact f = a.facts().get(i);
            Map<String, Object> m = factJson(f, page);
            m.put("index", i);
            facts.add(m);
        }
        List<Map<String, Object>> marks = new ArrayList<>();
        for (ArticleMarks.Mark m : ArticleMarks.marks(a.pageText(), a.article().spans(), text, a.facts(), a.entities())) {
            marks.add(obj("span", clean.span(m.start(), m.end()), "type", m.type(), "ref", m.ref()));
        }
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            entities.add(obj("type", e.type(), "name", e.name(), "title", e.title(), "aliases", e.aliases()));
        }
        var art = a.article();
        json(ctx, obj("id", a.id(), "paper", a.paper(), "date", str(a.date()), "source", a.source(),
                "kind", art.kind(), "headline", art.headline(), "subheadlines", art.subheadlines(),
                "dateline", art.dateline(), "reporters", art.reporters(),
                "spans", art.spans().stream().map(page::span).toList(),
                "duplicate_spans", art.duplicateSpans().stream().map(page::span).toList(),
                "continued_to", art.continuedTo(), "continued_from", art.continuedFrom(),
                "text", text, "marks", marks, "facts", facts, "entities", entities,
                "page_text", a.pageText()));
    }

    private void facts(Context ctx) {
        RequestParams p = RequestParams.of(ctx, "subject", "indicator", "paper", "from", "to", "limit");
        LocalDate[] dates = p.dateRange("from", "to");
        int limit = p.integer("limit", 500, 1, 10_000);
        List<FactRow> rows = archive.facts(new FactQuery(p.text("subject"), p.text("indicator"), p.text("paper"),
                dates[0], dates[1]));
        json(ctx, obj("total", rows.size(), "facts", rowsJson(rows.subList(0, Math.min(limit, rows.size())))));
    }

    private void series(Context ctx) {
        RequestParams p = RequestParams.of(ctx, "subject", "indicator");
        String subject = p.required("subject");
        String indicator = p.required("indicator");
        List<FactRow> rows = archive.facts(new FactQuery(subject, indicator, null, null, null));
        IndicatorSeries s = IndicatorSeries.of(rows);
        List<Map<String, Object>> line = new ArrayList<>();
        for (IndicatorSeries.Point pt : s.line()) {
            line.add(obj("period", pt.period(), "value", pt.value(), "reports", pt.reports(), "by_issue_date", pt.byIssueDate()));
        }
        json(ctx, obj("subject", subject, "indicator", indicator, "unit", s.unit(), "units", s.units(),
                "line", line, "facts", rowsJson(s.rows())));
    }

    private void entities(Context ctx) {
        RequestParams p = RequestParams.of(ctx, "type", "q", "limit");
        String type = p.oneOf("type", ENTITY_TYPES);
        int limit = p.integer("limit", 200, 1, 5000);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ArchiveView.EntitySummary e : archive.entities(type, p.text("q"), limit)) {
            out.add(obj("type", e.type(), "name", e.name(), "articles", e.articles(), "title", e.title()));
        }
        json(ctx, obj("entities", out));
    }

    private void entity(Context ctx) {
        RequestParams.of(ctx);
        String type = ctx.pathParam("type");
        if (!ENTITY_TYPES.contains(type)) {
            throw ApiException.badParameter("type", "'" + type + "' is not one of " + String.join(", ", ENTITY_TYPES));
        }
        String name = ctx.pathParam("name");
        ArchiveView.EntityDetail e = archive.entity(type, name)
                .orElseThrow(() -> new ApiException(404, "name", "no " + type + " named '" + name + "'"));
        List<Map<String, Object>> articles = new ArrayList<>();
        for (ArchiveView.ArticleRef r : e.articles()) {
            articles.add(obj("id", r.id(), "headline", r.headline(), "paper", r.paper(), "date", str(r.date())));
        }
        List<Map<String, Object>> titles = new ArrayList<>();
        for (ArchiveView.TitleHeld t : e.titles()) {
            titles.add(obj("title", t.title(), "date", str(t.date()), "paper", t.paper(), "article", t.articleId()));
        }
        json(ctx, obj("type", e.type(), "name", e.name(), "aliases", e.aliases(), "articles", articles,
                "titles", titles));
    }

    private void indicators(Context ctx) {
        RequestParams p = RequestParams.of(ctx, "subject", "limit");
        int limit = p.integer("limit", 500, 1, 10_000);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ArchiveView.IndicatorSummary s : archive.indicators(p.text("subject"))) {
            if (out.size() == limit) {
                break;
            }
            out.add(obj("subject", s.subject(), "indicator", s.indicator(), "facts", s.facts()));
        }
        json(ctx, obj("indicators", out));
    }

    private List<Map<String, Object>> rowsJson(List<FactRow> rows) {
        Map<String, CodePoints> pages = new HashMap<>();
        List<Map<String, Object>> out = new ArrayList<>();
        for (FactRow r : rows) {
            CodePoints page = pages.computeIfAbsent(r.articleId(),
                    id -> CodePoints.of(archive.article(id).map(StoredArticle::pageText).orElse(null)));
            Map<String, Object> m = factJson(r.fact(), page);
            m.put("headline", r.headline());
            m.put("paper", r.paper());
            m.put("date", str(r.date()));
            m.put("article", r.articleId());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> factJson(Fact f, CodePoints page) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : f.checks()) {
            checks.add(obj("name", c.name(), "passed", c.passed(), "message", c.message()));
        }
        return obj("span", page.span(f.span()), "text", f.text(), "value", f.value(), "unit", f.unit(),
                "approx", f.approx(), "kind", f.kind(), "subject", f.subject(), "indicator", f.indicator(),
                "period", f.period(), "article", f.article(), "checks", checks);
    }

    private static List<Map<String, Object>> counts(List<Count> counts) {
        return counts.stream().map(c -> obj("value", c.value(), "count", c.count())).toList();
    }

    // ---- responses ----

    private static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status);
        json(ctx, obj("error", message, "parameter", parameter));
    }

    private void page(Context ctx, String file) {
        ctx.contentType(CONTENT_TYPES.get("html")).header("Cache-Control", "no-cache").result(load("static/" + file));
    }

    private void resource(Context ctx, String folder, String file) {
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : CONTENT_TYPES.get(file.substring(dot + 1));
        if (!RESOURCE_NAME.matcher(file).matches() || type == null) {
            ctx.status(404);
            return;
        }
        byte[] body = load(folder + "/" + file);
        if (body == null) {
            ctx.status(404);
            return;
        }
        ctx.contentType(type).header("Cache-Control", folder.equals("vendor") ? "max-age=86400" : "no-cache").result(body);
    }

    private byte[] load(String name) {
        return resources.computeIfAbsent(name, n -> {
            try (InputStream in = WebServer.class.getResourceAsStream("/dibao/web/" + n)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String notFoundPage() {
        return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>未找到</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"narrow\">"
                + "<h1>未找到此页</h1><p><a href=\"/\">返回检索</a></p></main></body></html>";
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** An ordered JSON object from alternating keys and values (nulls kept, so every field is always there). */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
