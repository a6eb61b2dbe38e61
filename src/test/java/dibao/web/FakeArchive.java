package dibao.web;

import dibao.doc.Article;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@link ArchiveView} over a few extraction documents held in memory: substring search, facets
 * counted over the matches. Enough to test the server and the pages without the real archive.
 */
final class FakeArchive implements ArchiveView {

    /** One page of the archive: its document (spans as char indices) and its text. */
    record Issue(ExtractionDocument doc, String pageText) {
    }

    private record Entry(String id, Issue issue, Article article) {

        LocalDate date() {
            return issue.doc().date() == null ? null : LocalDate.parse(issue.doc().date());
        }

        List<Entity> entities() {
            return issue.doc().entities().stream()
                    .filter(e -> e.articles().isEmpty() || e.articles().contains(article.id())).toList();
        }

        List<Fact> facts() {
            return issue.doc().facts().stream().filter(f -> article.id().equals(f.article())).toList();
        }

        String searchable() {
            return (article.headline() == null ? "" : article.headline()) + "\n" + article.text();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    FakeArchive(List<Issue> issues) {
        for (Issue issue : issues) {
            for (Article a : issue.doc().articles()) {
                entries.add(new Entry(idOf(issue, a.id()), issue, a));
            }
        }
    }

    static String idOf(Issue issue, String articleId) {
        String source = issue.doc().source();
        return source.replaceFirst("\\.txt$", "") + "." + articleId;
    }

    @Override
    public SearchResult search(SearchQuery q) {
        List<String> terms = q.text() == null ? List.of()
                : List.of(q.text().replaceAll("[A-Za-z_]+:", " ").trim().split("\\s+")).stream()
                        .filter(t -> !t.isBlank()).toList();
        List<Entry> matched = entries.stream()
                .filter(e -> terms.stream().allMatch(t -> e.searchable().contains(t)))
                .filter(e -> q.paper() == null || q.paper().equals(e.issue().doc().paper()))
                .filter(e -> q.from() == null || (e.date() != null && !e.date().isBefore(q.from())))
                .filter(e -> q.to() == null || (e.date() != null && !e.date().isAfter(q.to())))
                .filter(e -> names(e, "person", q.person()) && names(e, "org", q.org()) && names(e, "place", q.place()))
                .sorted(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<SearchHit> hits = matched.stream().skip(q.offset()).limit(q.limit())
                .map(e -> new SearchHit(e.id(), e.article().headline(), e.issue().doc().paper(), e.date(),
                        e.issue().doc().source(), snippet(e.article().text(), terms)))
                .toList();
        Facets facets = new Facets(
                count(matched, e -> List.of(String.valueOf(e.issue().doc().paper()))),
                count(matched, e -> e.date() == null ? List.of() : List.of(e.date().toString().substring(0, 7))),
                count(matched, e -> entityNames(e, "person")),
                count(matched, e -> entityNames(e, "org")),
                count(matched, e -> entityNames(e, "place")));
        return new SearchResult(matched.size(), hits, facets);
    }

    private static boolean names(Entry e, String type, String name) {
        return name == null || entityNames(e, type).contains(name);
    }

    private static List<String> entityNames(Entry e, String type) {
        return e.entities().stream().filter(x -> x.type().equals(type)).map(Entity::name).distinct().toList();
    }

    private static List<Count> count(List<Entry> entries, Function<Entry, List<String>> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        entries.forEach(e -> values.apply(e).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts.entrySet().stream().map(x -> new Count(x.getKey(), x.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value)).toList();
    }

    /** Up to 80 chars around the first term, each term occurrence as a match fragment. */
    static List<Fragment> snippet(String text, List<String> terms) {
        int first = terms.stream().mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, first - 20);
        String window = text.substring(start, Math.min(text.length(), start + 80));
        List<Fragment> out = new ArrayList<>();
        int at = 0;
        while (at < window.length()) {
            int next = -1;
            String term = null;
            for (String t : terms) {
                int i = window.indexOf(t, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    term = t;
                }
            }
            if (next < 0) {
                out.add(new Fragment(window.substring(at), false));
                break;
            }
            if (next > at) {
                out.add(new Fragment(window.substring(at, next), false));
            }
            out.add(new Fragment(term, true));
            at = next + term.length();
        }
        return out;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> new StoredArticle(e.id(), e.issue().doc().paper(), e.date(), e.issue().doc().source(),
                        e.article(), e.issue().pageText(), e.facts(), e.entities()));
    }

    @Override
    public List<FactRow> facts(FactQuery q) {
        List<FactRow> rows = new ArrayList<>();
        for (Entry e : entries) {
            for (Fact f : e.facts()) {
                if ((q.subject() == null || q.subject().equals(f.subject()))
                        && (q.indicator() == null || q.indicator().equals(f.indicator()))
                        && (q.paper() == null || q.paper().equals(e.issue().doc().paper()))
                        && q.inPeriod(f, e.date())) {
                    rows.add(new FactRow(e.id(), e.article().headline(), e.issue().doc().paper(), e.date(), f));
                }
            }
        }
        return rows;
    }

    @Override
    public List<EntitySummary> entities(String type, String nameContains, int limit) {
        Map<List<String>, List<Entry>> byName = new LinkedHashMap<>();
        Map<List<String>, String> lastTitle = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (Entity x : e.entities()) {
                if ((type == null || type.equals(x.type()))
                        && (nameContains == null || x.name().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT)))) {
                    byName.computeIfAbsent(List.of(x.type(), x.name()), k -> new ArrayList<>()).add(e);
                    if (x.title() != null) {
                        lastTitle.put(List.of(x.type(), x.name()), x.title());
                    }
                }
            }
        }
        return byName.entrySet().stream()
                .map(x -> new EntitySummary(x.getKey().get(0), x.getKey().get(1), x.getValue().size(), lastTitle.get(x.getKey())))
                .sorted(Comparator.comparingLong(EntitySummary::articles).reversed().thenComparing(EntitySummary::name))
                .limit(limit).toList();
    }

    @Override
    public Optional<EntityDetail> entity(String type, String name) {
        List<ArticleRef> articles = new ArrayList<>();
        List<TitleHeld> titles = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Entry e : entries) {
            for (Entity x : e.entities()) {
                if (x.type().equals(type) && x.name().equals(name)) {
                    articles.add(new ArticleRef(e.id(), e.article().headline(), e.issue().doc().paper(), e.date()));
                    if (x.title() != null) {
                        titles.add(new TitleHeld(x.title(), e.date(), e.issue().doc().paper(), e.id()));
                    }
                    x.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                }
            }
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        titles.sort(Comparator.comparing(TitleHeld::date));
        articles.sort(Comparator.comparing(ArticleRef::date).reversed());
        return Optional.of(new EntityDetail(type, name, aliases, articles, titles));
    }
}
