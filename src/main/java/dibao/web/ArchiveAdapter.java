package dibao.web;

import dibao.archive.Archive;
import dibao.archive.ArticleView;
import dibao.archive.EntityCount;
import dibao.archive.Snippet;
import dibao.doc.Article;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.Fact;
import dibao.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web archive's view of a {@link dibao.archive.Archive}. An article's web id is
 * {@code <page hash>.<article id>}. The archive keeps spans in code points; they are turned into
 * char indices here (the view's convention) with the page text.
 */
public final class ArchiveAdapter implements ArchiveView {

    private static final int ENTITY_ARTICLES = 500;
    private static final int CACHE_LIMIT = 20_000;
    /** Articles read to date a person's titles: the newest ones. */
    private static final int TITLE_ARTICLES = 100;

    private final Archive archive;
    /** Per page: code point offset to char index, or an empty array when the two are the same. */
    private final Map<String, int[]> charIndexByPage = new ConcurrentHashMap<>();
    private final Map<String, String> headlines = new ConcurrentHashMap<>();

    public ArchiveAdapter(Archive archive) {
        this.archive = archive;
    }

    static String webId(String pageHash, String articleId) {
        return pageHash + "." + articleId;
    }

    @Override
    public Set<String> queryFields() {
        return Set.of("headline", "text");
    }

    @Override
    public SearchResult search(SearchQuery q) {
        boolean browsing = q.text() == null || q.text().isBlank();
        var query = new dibao.archive.SearchQuery(q.text(), q.paper(), q.from(), q.to(), q.person(), q.org(), q.place(),
                browsing ? dibao.archive.SearchQuery.Sort.NEWEST : dibao.archive.SearchQuery.Sort.RELEVANCE,
                q.offset(), q.limit());
        dibao.archive.SearchResult r;
        try {
            r = archive.search(query);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("q", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (var h : r.hits()) {
            hits.add(new SearchHit(webId(h.page(), h.article()), h.headline(), h.paper(), date(h.date()), h.source(),
                    fragments(h.snippet())));
        }
        Facets facets = new Facets(counts(r, "paper"), counts(r, "month"), counts(r, "person"), counts(r, "org"),
                counts(r, "place"));
        return new SearchResult(r.total(), hits, facets);
    }

    private static List<Count> counts(dibao.archive.SearchResult r, String dim) {
        return r.facets().getOrDefault(dim, List.of()).stream().map(c -> new Count(c.value(), c.count())).toList();
    }

    static List<Fragment> fragments(Snippet s) {
        List<Fragment> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int at = 0;
        for (Snippet.Range r : s.highlights()) {
            if (r.start() > at) {
                out.add(new Fragment(s.text().substring(at, r.start()), false));
            }
            out.add(new Fragment(s.text().substring(r.start(), r.end()), true));
            at = r.end();
        }
        if (at < s.text().length()) {
            out.add(new Fragment(s.text().substring(at), false));
        }
        return out;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String page = id.substring(0, dot);
        try {
            Optional<ArticleView> found = archive.article(page, id.substring(dot + 1));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ArticleView a = found.get();
            String pageText = archive.pageText(page).orElse("");
            int[] chars = charIndex(page, pageText);
            List<Span> spans = a.spans().stream().map(s -> span(chars, s[0], s[1])).toList();
            Article article = new Article(a.article(), a.kind(), a.headline(), a.subheadlines(), a.dateline(),
                    a.reporters(), spans, List.of(), null, null, a.text());
            List<Fact> facts = a.facts().stream().map(f -> fact(f, chars)).toList();
            List<Entity> entities = new ArrayList<>();
            a.persons().forEach(n -> entities.add(new Entity("person", n, null, List.of(), null, null, List.of())));
            a.orgs().forEach(n -> entities.add(new Entity("org", n, null, List.of(), null, null, List.of())));
            a.places().forEach(n -> entities.add(new Entity("place", n, null, List.of(), null, null, List.of())));
            return Optional.of(new StoredArticle(id, a.paper(), date(a.date()), a.source(), article, pageText, facts,
                    entities));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<FactRow> facts(FactQuery q) {
        try {
            List<FactRow> out = new ArrayList<>();
            for (var f : archive.facts(new dibao.archive.FactQuery(q.subject(), q.indicator(), null, null, q.paper(),
                    null, 0))) {
                LocalDate issue = date(f.date());
                Fact fact = fact(f, charIndex(f.page(), null));
                if (q.inPeriod(fact, issue)) {
                    String id = webId(f.page(), f.article());
                    out.add(new FactRow(id, headline(id), f.paper(), issue, fact));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<EntitySummary> entities(String type, String nameContains, int limit) {
        try {
            List<EntitySummary> out = new ArrayList<>();
            for (EntityCount e : archive.entities(type, nameContains, limit)) {
                out.add(new EntitySummary(e.type(), e.name(), e.articles(), e.titles().isEmpty() ? null : e.titles().get(0)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The articles come from the search index (newest first). The archive knows a person's titles but
     * not when each was held, so each title is dated by the articles that print it right before the
     * name (市委书记刘某某); a title no article shows that way is listed undated.
     */
    @Override
    public Optional<EntityDetail> entity(String type, String name) {
        var query = new dibao.archive.SearchQuery(null, null, null, null, type.equals("person") ? name : null,
                type.equals("org") ? name : null, type.equals("place") ? name : null,
                dibao.archive.SearchQuery.Sort.NEWEST, 0, ENTITY_ARTICLES);
        try {
            var hits = archive.search(query).hits();
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            List<ArticleRef> articles = hits.stream()
                    .map(h -> new ArticleRef(webId(h.page(), h.article()), h.headline(), h.paper(), date(h.date())))
                    .toList();
            List<String> known = new ArrayList<>();
            for (EntityCount e : archive.entities(type, name, 50)) {
                if (e.name().equals(name)) {
                    known.addAll(e.titles());
                }
            }
            return Optional.of(new EntityDetail(type, name, List.of(), articles, datedTitles(name, known, articles)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TitleHeld> datedTitles(String name, List<String> titles, List<ArticleRef> articles) throws IOException {
        List<TitleHeld> out = new ArrayList<>();
        if (titles.isEmpty()) {
            return out;
        }
        Set<String> dated = new java.util.HashSet<>();
        for (ArticleRef ref : articles.subList(0, Math.min(articles.size(), TITLE_ARTICLES))) {
            String text = article(ref.id()).map(a -> a.article().text()).orElse("");
            // The longest title that stands right before the name (市委副书记 before 副书记).
            titles.stream().filter(t -> text.contains(t + name)).max(java.util.Comparator.comparingInt(String::length))
                    .ifPresent(t -> {
                        out.add(new TitleHeld(t, ref.date(), ref.paper(), ref.id()));
                        dated.add(t);
                    });
        }
        out.sort(java.util.Comparator.comparing(TitleHeld::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        titles.stream().filter(t -> !dated.contains(t)).forEach(t -> out.add(new TitleHeld(t, null, null, null)));
        return out;
    }

    private String headline(String id) {
        String known = headlines.get(id);
        if (known != null) {
            return known;
        }
        String h = article(id).map(a -> a.article().headline()).orElse(null);
        if (h != null && headlines.size() < CACHE_LIMIT) {
            headlines.put(id, h);
        }
        return h;
    }

    /** Code point to char index for one page (empty when they agree); reads the page text once if needed. */
    private int[] charIndex(String page, String knownText) throws IOException {
        int[] cached = charIndexByPage.get(page);
        if (cached != null) {
            return cached;
        }
        String text = knownText != null ? knownText : archive.pageText(page).orElse("");
        int[] map;
        if (text.length() == text.codePointCount(0, text.length())) {
            map = new int[0];
        } else {
            int n = text.codePointCount(0, text.length());
            map = new int[n + 1];
            for (int i = 0, k = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                map[k++] = i;
            }
            map[n] = text.length();
        }
        if (charIndexByPage.size() < CACHE_LIMIT) {
            charIndexByPage.put(page, map);
        }
        return map;
    }

    private static Span span(int[] chars, int start, int end) {
        if (chars.length == 0) {
            return new Span(start, end);
        }
        int last = chars.length - 1;
        return new Span(chars[Math.min(start, last)], chars[Math.min(end, last)]);
    }

    private static Fact fact(dibao.archive.FactRow f, int[] chars) {
        List<Check> checks = f.checks().stream().map(c -> new Check(c.name(), c.passed(), c.message(), null)).toList();
        return new Fact(span(chars, f.spanStart(), f.spanEnd()), f.text(), f.value(), f.unit(), f.approx(), f.kind(),
                f.subject(), f.indicator(), f.period(), f.article(), checks);
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
