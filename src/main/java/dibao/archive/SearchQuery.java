package dibao.archive;

import java.time.LocalDate;

/**
 * A search of the archive's articles. Every filter is optional (null = any).
 *
 * @param text   the words to find (Lucene query syntax: AND/OR/NOT, "phrases", headline:word); blank = all articles
 * @param paper  only this paper (exact name)
 * @param from   issue date on or after
 * @param to     issue date on or before
 * @param person only articles naming this person (exact name)
 * @param org    only articles naming this organisation
 * @param place  only articles naming this place
 * @param sort   RELEVANCE (default) or NEWEST
 * @param offset hits to skip (paging)
 * @param limit  hits to return
 */
public record SearchQuery(String text, String paper, LocalDate from, LocalDate to, String person, String org,
        String place, Sort sort, int offset, int limit) {

    public enum Sort { RELEVANCE, NEWEST }

    public SearchQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 10 : limit;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10);
    }

    public SearchQuery withLimit(int n) {
        return new SearchQuery(text, paper, from, to, person, org, place, sort, offset, n);
    }
}
