package dibao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dibao.doc.Entity;
import dibao.doc.Fact;
import dibao.text.Span;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Figures found in the clean text through their page spans, across line breaks the cleaner removed. */
class ArticleMarksTest {

    private static Fact fact(String page, String literal, int from) {
        int at = page.indexOf(literal, from);
        return new Fact(new Span(at, at + literal.length()), literal, 0, "CNY", null, "amount", null, null, null, "a1", List.of());
    }

    private static String cut(String text, ArticleMarks.Mark m) {
        return m.type() + ":" + text.substring(m.start(), m.end());
    }

    @Test
    void figureBrokenAcrossALineIsFoundWhole() {
        String page = "某报\n标题\n全年营收达3\n5.6亿元，同比增长。营收达35.6亿元的企业\n";
        String clean = "标题全年营收达35.6亿元，同比增长。营收达35.6亿元的企业";
        Span article = new Span(page.indexOf("标题"), page.length());
        Fact second = fact(page, "35.6亿元", 0);
        Fact first = new Fact(new Span(page.indexOf("3\n5.6亿元"), page.indexOf("3\n5.6亿元") + 7), "3\n5.6亿元", 0,
                "CNY", null, "amount", null, null, null, "a1", List.of());
        List<ArticleMarks.Mark> marks = ArticleMarks.marks(page, List.of(article), clean, List.of(second, first), List.of());
        assertEquals(List.of("fact:35.6亿元", "fact:35.6亿元"), marks.stream().map(m -> cut(clean, m)).toList());
        assertEquals("1", marks.get(0).ref(), "the broken figure is the first in the text");
        assertEquals(clean.lastIndexOf("35.6亿元"), marks.get(1).start(), "the second copy is the other figure's");
    }

    @Test
    void entitiesAreMarkedByNameAndAliasWithoutOverlappingFigures() {
        String page = "标题\n宏远科技有限公司称，宏远科技今年投资8亿元。\n";
        String clean = "标题宏远科技有限公司称，宏远科技今年投资8亿元。";
        Entity org = new Entity("org", "宏远科技有限公司", null, List.of("宏远科技"), null, null, List.of());
        List<ArticleMarks.Mark> marks = ArticleMarks.marks(page, List.of(new Span(0, page.length())), clean,
                List.of(fact(page, "8亿元", 0)), List.of(org));
        assertEquals(List.of("org:宏远科技有限公司", "org:宏远科技", "fact:8亿元"), marks.stream().map(m -> cut(clean, m)).toList());
        assertEquals("宏远科技有限公司", marks.get(1).ref(), "an alias links to the full name");
    }
}
