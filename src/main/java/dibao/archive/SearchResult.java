package dibao.archive;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total  how many articles match (all of them, not only the returned page of hits)
 * @param hits   the returned hits, best first
 * @param facets per dimension (paper, month, person, org, place) the most frequent values among all matches
 * @param tookMillis time spent searching
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One matching article; {@code page} + {@code article} identify it for {@link Archive#article}. */
    public record Hit(String page, String article, String paper, String date, String source, String headline,
            float score, Snippet snippet, List<String> persons, List<String> orgs, List<String> places) {
    }

    /** A value of a facet dimension and how many matching articles have it. */
    public record FacetCount(String value, long count) {
    }
}
