package dibao.annotate.entity;

/**
 * A person, organisation or place named in a text.
 *
 * @param type  person | org | place
 * @param name  the name as resolved (a short company name resolves to its full name when known)
 * @param title a person's title at this mention, or null
 * @param start char index in the annotated text
 * @param end   char index after the name
 */
public record Mention(String type, String name, String title, int start, int end) {
}
