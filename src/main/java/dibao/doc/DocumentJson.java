package dibao.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dibao.text.CodePoints;
import dibao.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes and reads extraction documents as JSON. Inside dibao spans are Java char indices; on
 * the wire they are Unicode code point offsets (FORMAT.md). The two differ only on pages with
 * characters outside the Basic Multilingual Plane, and the writer converts when they do.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The document as JSON with spans in code points of {@code pageText}. */
    public static String write(ExtractionDocument doc, String pageText, boolean pretty) {
        ExtractionDocument out = mapSpans(doc, codePointConverter(pageText));
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document written by {@link #write}; spans are turned back into char indices. */
    public static ExtractionDocument read(String json, String pageText) {
        try {
            ExtractionDocument doc = MAPPER.readValue(json, ExtractionDocument.class);
            return mapSpans(doc, charIndexConverter(pageText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnaryOperator<Span> codePointConverter(String text) {
        return text == null ? UnaryOperator.identity() : CodePoints.of(text)::convert;
    }

    static UnaryOperator<Span> charIndexConverter(String text) {
        if (text == null || text.length() == text.codePointCount(0, text.length())) {
            return UnaryOperator.identity();
        }
        int n = text.codePointCount(0, text.length());
        int[] ch = new int[n + 1];
        for (int i = 0, k = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            ch[k++] = i;
        }
        ch[n] = text.length();
        return s -> new Span(ch[s.start()], ch[s.end()]);
    }

    static ExtractionDocument mapSpans(ExtractionDocument d, UnaryOperator<Span> f) {
        List<Article> articles = d.articles().stream().map(a -> new Article(a.id(), a.kind(), a.headline(),
                a.subheadlines(), a.dateline(), a.reporters(), a.spans().stream().map(f).toList(),
                a.duplicateSpans().stream().map(f).toList(), a.continuedTo(), a.continuedFrom(), a.text())).toList();
        List<Fact> facts = d.facts().stream().map(x -> new Fact(f.apply(x.span()), x.text(), x.value(), x.unit(),
                x.approx(), x.kind(), x.subject(), x.indicator(), x.period(), x.article(), x.checks())).toList();
        return new ExtractionDocument(d.source(), d.paper(), d.date(), articles, facts, d.entities(), d.places());
    }
}
