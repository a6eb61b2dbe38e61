package dibao.archive;

import java.util.List;

/** What the search index holds of one article (built at ingest, or rebuilt from the database). */
record IndexedArticle(String page, String article, String paper, String date, String source, String headline,
        String text, List<String> persons, List<String> orgs, List<String> places) {
}
