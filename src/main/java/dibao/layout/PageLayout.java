package dibao.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * What the layout stage makes of a page.
 *
 * @param paper    the masthead found on the page itself (datelines, mastheads), or null
 * @param articles the articles in reading order
 * @param printedDate the issue date printed in the page's running head (2025年3月18日 星期二), or null
 */
public record PageLayout(String paper, List<LaidOutArticle> articles, LocalDate printedDate) {

    public PageLayout {
        articles = List.copyOf(articles);
    }
}
