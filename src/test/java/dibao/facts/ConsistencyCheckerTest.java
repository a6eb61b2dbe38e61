package dibao.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dibao.doc.Check;
import dibao.doc.Fact;
import dibao.text.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();
    private static final String P = "2023-01/2023-03";

    private static Fact fact(int at, String text, double value, String unit, String kind, String indicator) {
        return new Fact(new Span(at, at + text.length()), text, value, unit, null, kind, "衡阳市", indicator, P, "a1",
                List.of());
    }

    private static Check only(Fact f, String name) {
        List<Check> cs = f.checks().stream().filter(c -> c.name().equals(name)).toList();
        assertEquals(1, cs.size(), "one " + name + " check on " + f.text());
        return cs.get(0);
    }

    @Test
    void exportsPlusImportsMakeTheTotalWithinRounding() {
        List<Fact> facts = checker.check(List.of(
                fact(0, "58.2亿元", 5.82e9, "CNY", "amount", "进出口总额"),
                fact(20, "40.1亿元", 4.01e9, "CNY", "amount", "出口"),
                fact(40, "18.1亿元", 1.81e9, "CNY", "amount", "进口")), PriorFigures.NONE, "衡阳日报");
        assertTrue(only(facts.get(0), "parts_sum").passed());
        assertTrue(only(facts.get(2), "parts_sum").passed());
    }

    @Test
    void partsThatDoNotAddUpAreFlaggedAndKept() {
        List<Fact> input = List.of(
                fact(0, "58.2亿元", 5.82e9, "CNY", "amount", "进出口总额"),
                fact(20, "40.1亿元", 4.01e9, "CNY", "amount", "出口"),
                fact(40, "15.0亿元", 1.50e9, "CNY", "amount", "进口"));
        List<Fact> facts = checker.check(input, PriorFigures.NONE, "衡阳日报");
        assertEquals(3, facts.size());
        Check c = only(facts.get(0), "parts_sum");
        assertFalse(c.passed());
        assertEquals(5.51e9, (double) c.detail().get("parts_sum"), 1);
        assertEquals(5.82e9, facts.get(0).value());
    }

    @Test
    void tradeModesAddUpToTheTotal() {
        List<Fact> facts = checker.check(List.of(
                fact(0, "36.5亿元", 3.65e9, "CNY", "amount", "外贸进出口"),
                fact(20, "25.2亿元", 2.52e9, "CNY", "amount", "一般贸易进出口"),
                fact(40, "10.1亿元", 1.01e9, "CNY", "amount", "加工贸易进出口"),
                fact(60, "1.2亿元", 1.2e8, "CNY", "amount", "保税物流进出口")), PriorFigures.NONE, null);
        assertTrue(only(facts.get(0), "parts_sum").passed());
    }

    @Test
    void growthIsCheckedAgainstLastYearsFigure() {
        PriorFigures lastYear = (subject, indicator, period, excluding) ->
                subject.equals("衡阳市") && indicator.equals("进出口总额") && period.equals("2022-01/2022-03")
                        ? Optional.of(new PriorFigures.Figure(4.79e9, "CNY", "衡阳日报 2022-04-21"))
                        : Optional.empty();
        List<Fact> good = checker.check(List.of(
                fact(0, "58.2亿元", 5.82e9, "CNY", "amount", "进出口总额"),
                fact(20, "21.5%", 21.5, "%", "change", "进出口总额")), lastYear, "衡阳日报");
        assertTrue(only(good.get(0), "previous_year").passed());
        assertTrue(only(good.get(1), "previous_year").passed());

        List<Fact> bad = checker.check(List.of(
                fact(0, "58.2亿元", 5.82e9, "CNY", "amount", "进出口总额"),
                fact(20, "12.5%", 12.5, "%", "change", "进出口总额")), lastYear, "衡阳日报");
        Check c = only(bad.get(1), "previous_year");
        assertFalse(c.passed());
        assertEquals(21.5, (double) c.detail().get("implied_growth"), 0.1);
    }

    @Test
    void anotherPaperPrintingADifferentFigureIsFlagged() {
        PriorFigures otherPaper = (subject, indicator, period, excluding) ->
                "衡阳日报".equals(excluding) ? Optional.of(new PriorFigures.Figure(5.92e9, "CNY", "湖南日报 2023-04-19"))
                        : Optional.empty();
        List<Fact> facts = checker.check(List.of(fact(0, "58.2亿元", 5.82e9, "CNY", "amount", "进出口总额")),
                otherPaper, "衡阳日报");
        Check c = only(facts.get(0), "cross_paper");
        assertFalse(c.passed());
        assertEquals(5.92e9, (double) c.detail().get("other_value"), 1);
    }

    @Test
    void previousYearOfARange() {
        assertEquals("2022-01/2022-02", ConsistencyChecker.previousYear("2023-01/2023-02"));
        assertEquals("2022", ConsistencyChecker.previousYear("2023"));
    }
}
