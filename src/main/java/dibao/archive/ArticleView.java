package dibao.archive;

import java.util.List;

/**
 * One stored article with its page's metadata, its spans (code points in the page text) and the
 * figures and entities found in it.
 */
public record ArticleView(String page, String article, String paper, String date, String source, String path,
        String kind, String headline, List<String> subheadlines, String dateline, List<String> reporters,
        List<int[]> spans, String text, List<String> persons, List<String> orgs, List<String> places,
        List<FactRow> facts) {
}
