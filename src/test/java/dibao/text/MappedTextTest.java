package dibao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MappedTextTest {

    // A paragraph cut by a column break: "社会发" ends one block, "展的" starts the next.
    private static final String PAGE = "全市经济社会发\n\n展的成绩显著。";

    @Test
    void rejoinedWordMapsBackToBothBlocks() {
        int cut = PAGE.indexOf('\n');
        int next = PAGE.indexOf('展');
        MappedText t = new MappedText.Builder()
                .append(PAGE, 0, cut)
                .append(PAGE, next, PAGE.length())
                .build();
        assertEquals("全市经济社会发展的成绩显著。", t.text());
        int word = t.text().indexOf("发展");
        Span onPage = t.toPage(word, word + 2);
        assertEquals(new Span(cut - 1, next + 1), onPage);
        assertEquals("发\n\n展", onPage.of(PAGE));
    }

    @Test
    void insertedSeparatorsHaveNoPageOffset() {
        MappedText t = new MappedText.Builder().append(PAGE, 0, 2).insert("\n").append(PAGE, 2, 4).build();
        assertEquals("全市\n经济", t.text());
        assertEquals(-1, t.pageIndex(2));
        assertNull(t.toPage(2, 3));
        assertEquals(new Span(0, 4), t.toPage(0, 5));
        assertEquals(3, t.textIndexOf(2));
    }

    @Test
    void sliceKeepsOffsets() {
        MappedText t = MappedText.slice(PAGE, new Span(2, 4));
        assertEquals("经济", t.text());
        assertEquals(new Span(3, 4), t.toPage(1, 2));
    }
}
