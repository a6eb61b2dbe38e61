package dibao.doc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dibao.text.Span;
import java.util.List;

/**
 * One figure on the page: a quantity, and when it is a statistic of something, its subject,
 * indicator and period. {@code checks} are the consistency checks run on it (a failed check
 * flags the figure; it is never dropped or changed).
 */
@JsonPropertyOrder({"span", "text", "value", "unit", "approx", "kind", "subject", "indicator", "period",
        "article", "checks"})
public record Fact(
        Span span,
        String text,
        double value,
        String unit,
        String approx,
        String kind,
        String subject,
        String indicator,
        String period,
        String article,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Check> checks) {

    public Fact {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public Fact withChecks(List<Check> more) {
        return new Fact(span, text, value, unit, approx, kind, subject, indicator, period, article, more);
    }
}
