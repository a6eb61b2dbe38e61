package dibao.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The extraction document of one page (the contract in shared/eval/FORMAT.md): what every later
 * stage (archive, search, web, Spark) consumes. Spans are char indices into the page text; the
 * JSON writer turns them into code point offsets.
 */
@JsonPropertyOrder({"source", "paper", "date", "articles", "facts", "entities", "places"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtractionDocument(
        String source,
        String paper,
        String date,
        List<Article> articles,
        List<Fact> facts,
        List<Entity> entities,
        List<Entity> places) {

    public ExtractionDocument {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A document without places (places are an addition to FORMAT.md: administrative divisions named). */
    public ExtractionDocument(String source, String paper, String date, List<Article> articles, List<Fact> facts,
                              List<Entity> entities) {
        this(source, paper, date, articles, facts, entities, List.of());
    }
}
