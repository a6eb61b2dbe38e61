package dibao.layout;

import dibao.text.MappedText;
import dibao.text.Span;
import java.util.List;

/**
 * One article as the layout stage found it.
 *
 * @param id            a1, a2 ... in reading order
 * @param kind          news | photo | notice | column | other
 * @param headline      the main title, or null when the page lost it
 * @param subheadlines  kicker (引题) and subtitle (副题) lines, in page order
 * @param dateline      agency or paper tag (衡阳日报讯, 新华社长沙3月20日电), or null
 * @param credits       bylines: reporters, correspondents, photographers with their roles
 * @param spans         the page text of the article, reading order
 * @param duplicateSpans later copies of the article's text on the page
 * @param continuedTo   page named by a jump line (（下转第三版） gives 第三版), or null
 * @param continuedFrom page named by a (上接第一版) line, or null
 * @param text          the clean re-joined text (title lines, then paragraphs, one per line),
 *                      each char mapped to its page offset: annotators run on this
 */
public record LaidOutArticle(
        String id,
        String kind,
        String headline,
        List<String> subheadlines,
        String dateline,
        List<Credit> credits,
        List<Span> spans,
        List<Span> duplicateSpans,
        String continuedTo,
        String continuedFrom,
        MappedText text) {

    public LaidOutArticle {
        subheadlines = List.copyOf(subheadlines);
        credits = List.copyOf(credits);
        spans = List.copyOf(spans);
        duplicateSpans = List.copyOf(duplicateSpans);
    }
}
