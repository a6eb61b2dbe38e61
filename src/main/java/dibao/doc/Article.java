package dibao.doc;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dibao.text.Span;
import java.util.List;

/** One article of a page, as the extraction document reports it. */
@JsonPropertyOrder({"id", "kind", "headline", "subheadlines", "dateline", "reporters", "spans",
        "duplicate_spans", "continued_to", "continued_from", "text"})
public record Article(
        String id,
        String kind,
        String headline,
        List<String> subheadlines,
        String dateline,
        List<String> reporters,
        List<Span> spans,
        @JsonProperty("duplicate_spans") List<Span> duplicateSpans,
        @JsonProperty("continued_to") String continuedTo,
        @JsonProperty("continued_from") String continuedFrom,
        String text) {

    public Article {
        subheadlines = List.copyOf(subheadlines);
        reporters = List.copyOf(reporters);
        spans = List.copyOf(spans);
        duplicateSpans = List.copyOf(duplicateSpans);
    }
}
