package dibao.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A person, organisation or place named on the page, once per page.
 *
 * @param type     person | org | place
 * @param name     the fullest name on the page
 * @param title    a person's title at the first titled mention, else null
 * @param aliases  short forms on the page linked to this name (江城电工 for the full company name)
 * @param code     a place's administrative division code, else null
 * @param parent   a place's full path (湖南省衡阳市衡南县), else null
 * @param articles ids of the articles that name it
 */
@JsonPropertyOrder({"type", "name", "title", "aliases", "code", "parent", "articles"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String type,
        String name,
        String title,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases,
        String code,
        String parent,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> articles) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public static Entity person(String name, String title) {
        return new Entity("person", name, title, List.of(), null, null, List.of());
    }

    public static Entity org(String name) {
        return new Entity("org", name, null, List.of(), null, null, List.of());
    }
}
