package dibao.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The extraction document of one page (the contract in shared/eval/FORMAT.md): what every later
 * stage (archive, search, web, Spark) consumes. Spans are char indices into the page text; the
 * JSON writer turns them into code point offsets.
 */
@JsonPropertyOrder({"source", "paper", "date", "articles", "facts", "entities"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtractionDocument(
        String source,
        String paper,
        String date,
        List<Article> articles,
        List<Fact> facts,
        List<Entity> entities) {

    public ExtractionDocument {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
    }
}
