package dibao.facts;

import java.util.Optional;

/**
 * Figures already known from elsewhere, for the consistency checks: the archive implements it
 * over earlier issues (previous year's value of the same indicator) and over other papers (the
 * same figure as another paper printed it).
 *
 * <p>Subjects and indicators are passed as the statistics stage resolved them (衡阳市, 进出口总额);
 * an implementation should normalise indicators with {@link IndicatorLexicon#canonical} on both
 * sides. Periods are FORMAT.md periods (2022, 2023-01/2023-02).
 */
public interface PriorFigures {

    /** A known figure: its value in base units, its unit, and where it was printed. */
    record Figure(double value, String unit, String source) {
    }

    /**
     * The value of {@code indicator} for {@code subject} over {@code period}, if known.
     * {@code excludingPaper} names the paper asking, so that a cross-paper lookup does not find the
     * page's own figure; null means any source.
     */
    Optional<Figure> lookup(String subject, String indicator, String period, String excludingPaper);

    /** No figures known: the checks that need them are not run. */
    PriorFigures NONE = (subject, indicator, period, excludingPaper) -> Optional.empty();
}
