package dibao.web;

import dibao.doc.Article;
import dibao.doc.Entity;
import dibao.doc.Fact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The few read queries the web archive needs, so the server does not depend on how the archive
 * stores things (a Lucene index and DuckDB in {@code dibao.archive}; a list in the tests). Spans
 * in these records are char indices into the page text, as everywhere inside dibao; the JSON API
 * turns them into code point offsets.
 */
public interface ArchiveView {

    /** Full-text search with filters; throws {@link ApiException} for a query it cannot parse. */
    SearchResult search(SearchQuery query);

    Optional<StoredArticle> article(String id);

    /** Figures, filtered; every filter may be null. */
    List<FactRow> facts(FactQuery query);

    /** People, organisations and places, most often named first; {@code type}, {@code nameContains} may be null. */
    List<EntitySummary> entities(String type, String nameContains, int limit);

    Optional<EntityDetail> entity(String type, String name);

    /** Field names the search query may use as {@code field:value}; anything else is a 400. */
    default Set<String> queryFields() {
        return Set.of("headline", "text", "paper", "person", "org", "place");
    }

    /** Every (subject, indicator) pair with its number of figures, most figures first. */
    default List<IndicatorSummary> indicators(String subject) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (FactRow row : facts(new FactQuery(subject, null, null, null, null))) {
            Fact f = row.fact();
            if (f.subject() != null && f.indicator() != null) {
                counts.merge(List.of(f.subject(), f.indicator()), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new IndicatorSummary(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(IndicatorSummary::facts).reversed()
                        .thenComparing(IndicatorSummary::subject).thenComparing(IndicatorSummary::indicator))
                .toList();
    }

    /** {@code from}/{@code to} are the issue dates to keep (inclusive), null for open. */
    record SearchQuery(String text, String paper, LocalDate from, LocalDate to, String person, String org,
                       String place, int offset, int limit) {
    }

    record SearchResult(long total, List<SearchHit> hits, Facets facets) {
    }

    /** One article found; {@code snippet} is the matching passage cut into plain and matched parts. */
    record SearchHit(String id, String headline, String paper, LocalDate date, String source,
                     List<Fragment> snippet) {
    }

    /** A piece of a snippet: plain text, or text that matched the query (shown highlighted). */
    record Fragment(String text, boolean match) {
    }

    /** Counts over all results (not only the page shown); {@code months} are YYYY-MM of the issue date. */
    record Facets(List<Count> papers, List<Count> months, List<Count> persons, List<Count> orgs,
                  List<Count> places) {
    }

    record Count(String value, long count) {
    }

    /** An article with its page: the provenance of everything on it. */
    record StoredArticle(String id, String paper, LocalDate date, String source, Article article,
                         String pageText, List<Fact> facts, List<Entity> entities) {
    }

    /**
     * Filters on figures. {@code from}/{@code to} are periods (YYYY, YYYY-MM or YYYY-MM-DD); a figure
     * is kept when its period (or, without one, its issue date) overlaps them.
     */
    record FactQuery(String subject, String indicator, String paper, LocalDate from, LocalDate to) {

        /** Whether a figure of an issue dated {@code issueDate} passes the period filter. */
        public boolean inPeriod(Fact fact, LocalDate issueDate) {
            if (from == null && to == null) {
                return true;
            }
            Periods.DateRange range = Periods.range(fact.period());
            if (range == null) {
                return issueDate != null && new Periods.DateRange(issueDate, issueDate).overlaps(from, to);
            }
            return range.overlaps(from, to);
        }
    }

    record FactRow(String articleId, String headline, String paper, LocalDate date, Fact fact) {
    }

    record EntitySummary(String type, String name, long articles, String title) {
    }

    record EntityDetail(String type, String name, List<String> aliases, List<ArticleRef> articles,
                        List<TitleHeld> titles) {
    }

    record ArticleRef(String id, String headline, String paper, LocalDate date) {
    }

    /** A title a person had in one article (the titles held over time are these, by date). */
    record TitleHeld(String title, LocalDate date, String paper, String articleId) {
    }

    record IndicatorSummary(String subject, String indicator, long facts) {
    }
}
