package dibao.annotate.entity;

/**
 * A person, organisation or place named in a text.
 *
 * @param type  person | org | place
 * @param name  the name as resolved (a short company name resolves to its full name when known;
 *              a place is its official name, 衡阳 -> 衡阳市)
 * @param title a person's title at this mention; for a company named by a short form, that short
 *              form (the name is then the full name); else null
 * @param start char index in the annotated text
 * @param end   char index after the name
 * @param code  a place's administrative division code (see {@link Gazetteer}), else null
 */
public record Mention(String type, String name, String title, int start, int end, String code) {

    public Mention(String type, String name, String title, int start, int end) {
        this(type, name, title, start, end, null);
    }

    /** The text as written at this mention, when it differs from the resolved name. */
    public String surface(String text) {
        return start >= 0 && end <= text.length() && start < end ? text.substring(start, end) : name;
    }
}
