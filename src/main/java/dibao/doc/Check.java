package dibao.doc;

import java.util.Map;

/**
 * The result of one consistency check on a fact.
 *
 * @param name   which check (parts_sum, previous_year, cross_paper ...)
 * @param passed whether the figures agree within the check's tolerance
 * @param detail the numbers the check used, for a reader to verify it
 */
public record Check(String name, boolean passed, String message, Map<String, Object> detail) {

    public Check {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }
}
