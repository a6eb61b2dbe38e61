package dibao.pipeline;

import dibao.annotate.entity.EntityRecognizer;
import dibao.annotate.entity.Gazetteer;
import dibao.annotate.entity.EntityRecognizer.ArticleMentions;
import dibao.annotate.entity.Mention;
import dibao.annotate.period.PeriodResolver;
import dibao.annotate.period.TimeMention;
import dibao.annotate.quantity.Quantity;
import dibao.annotate.quantity.QuantityExtractor;
import dibao.doc.Article;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.facts.ConsistencyChecker;
import dibao.facts.FactContext;
import dibao.facts.PriorFigures;
import dibao.facts.StatisticsBuilder;
import dibao.layout.Credit;
import dibao.layout.LaidOutArticle;
import dibao.layout.LayoutAnalyzer;
import dibao.layout.PageLayout;
import dibao.lexicon.Papers;
import dibao.page.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction pipeline of one page: page -> layout -> annotators (quantities, periods,
 * entities) -> facts -> extraction document. One instance holds the loaded lexicons and models;
 * it is not shared between threads (make one per worker; Spark makes one per partition).
 */
public final class Extractor {

    private final LayoutAnalyzer layout = new LayoutAnalyzer();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final PeriodResolver periods = new PeriodResolver();
    private final EntityRecognizer entities = new EntityRecognizer();
    private final StatisticsBuilder statistics = new StatisticsBuilder();
    private final ConsistencyChecker checker = new ConsistencyChecker();
    /** Figures known from the archive for the checks; none until an archive is attached. */
    private PriorFigures priorFigures = PriorFigures.NONE;
    private final PaperRegions papers = new PaperRegions(Papers.defaults(), Gazetteer.get());

    /**
     * Extracts one page. {@code paperHint} names the paper when the caller knows it (--paper);
     * otherwise the paper is what the page itself says. The issue date is the page's (given, or
     * from its path), else the one its running head prints.
     */
    public ExtractionDocument extract(Page page, String paperHint) {
        PageLayout laid = layout.analyze(page);
        String paper = paperHint != null ? paperHint : laid.paper();
        LocalDate issue = page.issueDate() != null ? page.issueDate() : laid.printedDate();
        FactContext ctx = new FactContext(paper, papers.of(paper).orElse(null), issue);

        List<Article> articles = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<ArticleMentions> mentions = new ArrayList<>();
        for (LaidOutArticle a : laid.articles()) {
            String text = a.text().text();
            List<Quantity> qs = quantities.extract(text);
            List<TimeMention> ts = periods.find(text, issue);
            List<Mention> ms = entities.recognize(a);
            mentions.add(new ArticleMentions(a.id(), ms));
            facts.addAll(statistics.build(ctx, a, qs, ts, ms));
            articles.add(toDoc(a));
        }
        facts = checker.check(facts, priorFigures, paper);
        String date = issue == null ? null : issue.toString();
        return new ExtractionDocument(page.source(), paper, date, articles, facts, entities.consolidate(mentions),
                entities.places(mentions));
    }

    /** Lets the consistency checks compare with figures the archive already holds. */
    public Extractor withPriorFigures(PriorFigures prior) {
        this.priorFigures = prior == null ? PriorFigures.NONE : prior;
        return this;
    }

    public ExtractionDocument extract(Page page) {
        return extract(page, null);
    }

    private static Article toDoc(LaidOutArticle a) {
        List<String> reporters = a.credits().stream().map(Credit::name).distinct().toList();
        return new Article(a.id(), a.kind(), a.headline(), a.subheadlines(), a.dateline(), reporters, a.spans(),
                a.duplicateSpans(), a.continuedTo(), a.continuedFrom(), a.text().text());
    }
}
