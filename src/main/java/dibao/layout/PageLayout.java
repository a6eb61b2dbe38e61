package dibao.layout;

import java.util.List;

/**
 * What the layout stage makes of a page.
 *
 * @param paper    the masthead found on the page itself (datelines, mastheads), or null
 * @param articles the articles in reading order
 */
public record PageLayout(String paper, List<LaidOutArticle> articles) {

    public PageLayout {
        articles = List.copyOf(articles);
    }
}
