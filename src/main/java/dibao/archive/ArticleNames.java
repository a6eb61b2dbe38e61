package dibao.archive;

import dibao.doc.Article;
import dibao.doc.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * The persons, organisations and places an article names: the facet values of its index
 * document and the name columns of its row (the archive and the Spark job share this rule).
 */
public record ArticleNames(List<String> persons, List<String> orgs, List<String> places) {

    /**
     * Entities listing the article among theirs; entities listing no article at all are
     * attributed by their name (or an alias) appearing in the article's text.
     */
    public static ArticleNames of(Article a, List<Entity> entities) {
        List<String> persons = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> places = new ArrayList<>();
        String text = a.text() == null ? "" : a.text();
        for (Entity e : entities) {
            boolean in = e.articles().isEmpty()
                    ? text.contains(e.name()) || e.aliases().stream().anyMatch(text::contains)
                    : e.articles().contains(a.id());
            if (!in || e.name() == null) {
                continue;
            }
            switch (String.valueOf(e.type())) {
                case "person" -> persons.add(e.name());
                case "org" -> orgs.add(e.name());
                case "place" -> places.add(e.name());
                default -> { }
            }
        }
        return new ArticleNames(persons, orgs, places);
    }
}
