package dibao.annotate.entity;

import dibao.doc.Entity;
import dibao.layout.LaidOutArticle;
import java.util.List;

/** Finds the persons, organisations and places of an article, and merges them page-wide. */
public final class EntityRecognizer {

    /** Mentions in the article's text (offsets into {@code article.text()}), bylines included. */
    public List<Mention> recognize(LaidOutArticle article) {
        return List.of();
    }

    /** One entity per distinct person/org/place of the page. */
    public List<Entity> consolidate(List<ArticleMentions> mentions) {
        return List.of();
    }

    /** The mentions of one article. */
    public record ArticleMentions(String articleId, List<Mention> mentions) {
    }
}
