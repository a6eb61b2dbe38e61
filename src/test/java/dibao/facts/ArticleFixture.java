package dibao.facts;

import dibao.annotate.period.TimeMention;
import dibao.annotate.quantity.Quantity;
import dibao.layout.LaidOutArticle;
import dibao.lexicon.Papers;
import dibao.text.MappedText;
import dibao.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An invented article with hand-made quantities and periods, as the annotators would give them. */
final class ArticleFixture {

    final String text;
    final List<Quantity> quantities = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    String headline;
    List<String> subheadlines = List.of();

    ArticleFixture(String text) {
        this.text = text;
    }

    /** The quantity written {@code literal} (its n-th occurrence, from 0). */
    ArticleFixture q(String literal, int nth, double value, String unit, String kind) {
        int at = indexOf(literal, nth);
        quantities.add(new Quantity(at, at + literal.length(), value, unit, null, kind));
        return this;
    }

    ArticleFixture q(String literal, double value, String unit, String kind) {
        return q(literal, 0, value, unit, kind);
    }

    ArticleFixture t(String literal, String period) {
        int at = indexOf(literal, 0);
        times.add(new TimeMention(at, at + literal.length(), period));
        return this;
    }

    private int indexOf(String literal, int nth) {
        int at = text.indexOf(literal);
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(literal, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + literal);
        }
        return at;
    }

    /** The text starts with these title lines. */
    ArticleFixture titled(String headline, String... subheadlines) {
        this.headline = headline;
        this.subheadlines = List.of(subheadlines);
        return this;
    }

    LaidOutArticle article() {
        MappedText mt = MappedText.slice(text, new Span(0, text.length()));
        return new LaidOutArticle("a1", "news", headline, subheadlines, null, List.of(), List.of(new Span(0, text.length())),
                List.of(), null, null, mt);
    }

    static FactContext hengyang(String date) {
        return new FactContext("衡阳日报", Papers.defaults().get("衡阳日报").orElseThrow(), LocalDate.parse(date));
    }
}
