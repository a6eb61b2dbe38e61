package dibao.facts;

import dibao.doc.Check;
import dibao.doc.Fact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Consistency checks over the facts of a page. A failed check flags the fact; the fact itself is
 * never dropped or changed.
 * <ul>
 *   <li>{@code parts_sum}: parts against their total (出口 + 进口 = 进出口, parts.tsv), within the
 *       rounding of the printed figures;</li>
 *   <li>{@code previous_year}: a value and its growth against the same indicator of the previous
 *       year, when {@link PriorFigures} knows it;</li>
 *   <li>{@code cross_paper}: the same figure as another paper printed it.</li>
 * </ul>
 */
public final class ConsistencyChecker {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.(\\d+))?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Growth rates are printed to 0.1%: allow that, and the rounding of both values. */
    private static final double GROWTH_TOLERANCE_PP = 0.15;

    private final IndicatorLexicon lexicon;

    public ConsistencyChecker(IndicatorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public ConsistencyChecker() {
        this(IndicatorLexicon.defaults());
    }

    /** The facts of a page with their checks; {@code paper} is the page's paper (may be null). */
    public List<Fact> check(List<Fact> facts, PriorFigures prior, String paper) {
        Map<Integer, List<Check>> checks = new LinkedHashMap<>();
        checkParts(facts, checks);
        if (prior != null) {
            checkPrevious(facts, prior, checks);
            checkOtherPapers(facts, prior, paper, checks);
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            List<Check> more = checks.get(i);
            if (more == null) {
                out.add(f);
            } else {
                List<Check> all = new ArrayList<>(f.checks());
                all.addAll(more);
                out.add(f.withChecks(all));
            }
        }
        return out;
    }

    private void checkParts(List<Fact> facts, Map<Integer, List<Check>> checks) {
        String[] canonical = new String[facts.size()];
        for (int i = 0; i < canonical.length; i++) {
            canonical[i] = isLevel(facts.get(i)) ? lexicon.canonical(facts.get(i).indicator()) : null;
        }
        for (IndicatorLexicon.PartsRule rule : lexicon.partsRules()) {
            for (int t = 0; t < facts.size(); t++) {
                Fact total = facts.get(t);
                if (!rule.total().equals(canonical[t])) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (String part : rule.parts()) {
                    int found = -1;
                    for (int p = 0; p < facts.size() && found < 0; p++) {
                        Fact f = facts.get(p);
                        if (p != t && part.equals(canonical[p]) && sameFigureFrame(total, f)) {
                            found = p;
                        }
                    }
                    if (found < 0) {
                        break;
                    }
                    parts.add(found);
                }
                if (parts.size() != rule.parts().size()) {
                    continue;
                }
                double sum = 0;
                double tolerance = roundingOf(total);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("total", total.indicator() + " " + total.text());
                List<String> partTexts = new ArrayList<>();
                for (int p : parts) {
                    Fact f = facts.get(p);
                    sum += f.value();
                    tolerance += roundingOf(f);
                    partTexts.add(f.indicator() + " " + f.text());
                }
                detail.put("parts", partTexts);
                detail.put("total_value", total.value());
                detail.put("parts_sum", sum);
                detail.put("tolerance", tolerance);
                boolean ok = Math.abs(sum - total.value()) <= tolerance + 1e-9 * Math.abs(total.value());
                String message = ok
                        ? String.join(" + ", rule.parts()) + " = " + rule.total()
                        : String.join(" + ", rule.parts()) + " = " + fmt(sum) + ", but " + rule.total() + " is "
                        + fmt(total.value());
                Check check = new Check("parts_sum", ok, message, detail);
                add(checks, t, check);
                for (int p : parts) {
                    add(checks, p, check);
                }
            }
        }
    }

    private void checkPrevious(List<Fact> facts, PriorFigures prior, Map<Integer, List<Check>> checks) {
        for (int i = 0; i < facts.size(); i++) {
            Fact level = facts.get(i);
            if (!isLevel(level) || level.subject() == null || level.indicator() == null || level.period() == null) {
                continue;
            }
            Fact growth = growthOf(facts, i);
            if (growth == null) {
                continue;
            }
            String previous = previousYear(level.period());
            Optional<PriorFigures.Figure> before = prior.lookup(level.subject(), lexicon.canonical(level.indicator()),
                    previous, null);
            if (before.isEmpty() || before.get().value() == 0 || !Objects.equals(before.get().unit(), level.unit())) {
                continue;
            }
            double implied = (level.value() / before.get().value() - 1) * 100;
            double tolerance = GROWTH_TOLERANCE_PP + 100 * roundingOf(level) / Math.abs(before.get().value());
            boolean ok = Math.abs(implied - growth.value()) <= tolerance;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("value", level.value());
            detail.put("previous_period", previous);
            detail.put("previous_value", before.get().value());
            detail.put("previous_source", before.get().source());
            detail.put("printed_growth", growth.value());
            detail.put("implied_growth", Math.round(implied * 100) / 100.0);
            String message = ok ? "growth agrees with the previous year's figure"
                    : "printed growth " + growth.value() + "% but " + previous + " gives " + fmt(implied) + "%";
            Check check = new Check("previous_year", ok, message, detail);
            add(checks, i, check);
            add(checks, facts.indexOf(growth), check);
        }
    }

    private void checkOtherPapers(List<Fact> facts, PriorFigures prior, String paper,
                                  Map<Integer, List<Check>> checks) {
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.subject() == null || f.indicator() == null || f.period() == null || paper == null) {
                continue;
            }
            Optional<PriorFigures.Figure> other = prior.lookup(f.subject(), lexicon.canonical(f.indicator()),
                    f.period(), paper);
            if (other.isEmpty() || !Objects.equals(other.get().unit(), f.unit())) {
                continue;
            }
            double tolerance = roundingOf(f) + 1e-9 * Math.abs(f.value());
            boolean ok = Math.abs(other.get().value() - f.value()) <= tolerance;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("value", f.value());
            detail.put("other_value", other.get().value());
            detail.put("other_source", other.get().source());
            String message = ok ? "agrees with " + other.get().source()
                    : other.get().source() + " printed " + fmt(other.get().value());
            add(checks, i, new Check("cross_paper", ok, message, detail));
        }
    }

    /** The change figure qualifying the level at {@code i}: the next fact, a change of the same frame. */
    private Fact growthOf(List<Fact> facts, int i) {
        Fact level = facts.get(i);
        for (int j = i + 1; j < facts.size() && j <= i + 3; j++) {
            Fact f = facts.get(j);
            if ("change".equals(f.kind()) && "%".equals(f.unit()) && sameFigureFrame(level, f)
                    && lexicon.same(level.indicator(), f.indicator())) {
                return f;
            }
        }
        return null;
    }

    private static boolean isLevel(Fact f) {
        return f.indicator() != null && !"%".equals(f.unit()) && !"pp".equals(f.unit())
                && !"change".equals(f.kind()) && !"rank".equals(f.kind()) && !"share".equals(f.kind());
    }

    private static boolean sameFigureFrame(Fact a, Fact b) {
        return Objects.equals(a.subject(), b.subject()) && Objects.equals(a.period(), b.period())
                && (Objects.equals(a.unit(), b.unit()) || "%".equals(b.unit()));
    }

    /** Half the value of the last printed digit: 79.8亿元 is exact to ±0.05亿元. */
    static double roundingOf(Fact f) {
        if (f.text() == null) {
            return 0;
        }
        Matcher m = NUMBER.matcher(f.text());
        if (!m.find()) {
            return 0;
        }
        double literal = Double.parseDouble(m.group());
        if (literal == 0) {
            return 0;
        }
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        double scale = Math.abs(f.value() / literal);
        return 0.5 * Math.pow(10, -decimals) * scale;
    }

    /** 2023 -> 2022; 2023-01/2023-02 -> 2022-01/2022-02. */
    static String previousYear(String period) {
        Matcher m = YEAR.matcher(period);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group()) - 1));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void add(Map<Integer, List<Check>> checks, int i, Check c) {
        if (i >= 0) {
            // a total printed twice (subtitle and body) checks its parts once
            List<Check> list = checks.computeIfAbsent(i, k -> new ArrayList<>());
            boolean same = list.stream().anyMatch(o -> o.name().equals(c.name()) && o.passed() == c.passed()
                    && o.message().equals(c.message()));
            if (!same) {
                list.add(c);
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format("%.2f", v);
    }
}
