package dibao.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dibao.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    private static ExtractionDocument docWithFactAt(Span span) {
        Fact f = new Fact(span, "12亿元", 1.2e9, "CNY", null, "amount", "江城市", "地区生产总值", "2024",
                "a1", List.of());
        return new ExtractionDocument("p.txt", "江城日报", "2024-05-01", List.of(), List.of(f), List.of());
    }

    @Test
    void spansAreCodePointsOnTheWire() throws Exception {
        // U+20BB7 (𠮷) is outside the BMP: two Java chars, one code point.
        String page = "𠮷祥公司营收12亿元";
        int at = page.indexOf("12亿元");
        assertEquals(7, at);
        String json = DocumentJson.write(docWithFactAt(new Span(at, at + 4)), page, false);
        JsonNode span = DocumentJson.mapper().readTree(json).get("facts").get(0).get("span");
        assertEquals(6, span.get(0).asInt());
        assertEquals(10, span.get(1).asInt());

        ExtractionDocument back = DocumentJson.read(json, page);
        assertEquals(new Span(at, at + 4), back.facts().get(0).span());
    }

    @Test
    void bmpPagesKeepCharIndices() throws Exception {
        String page = "江城市营收12亿元";
        String json = DocumentJson.write(docWithFactAt(new Span(5, 9)), page, true);
        JsonNode root = DocumentJson.mapper().readTree(json);
        assertEquals(5, root.get("facts").get(0).get("span").get(0).asInt());
        assertEquals("江城日报", root.get("paper").asText());
        assertEquals(1.2e9, root.get("facts").get(0).get("value").asDouble());
    }
}
