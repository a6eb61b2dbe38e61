package dibao.archive;

import java.util.List;

/**
 * One value of an indicator series: the figure reported for a period, with every fact that
 * reports it (several papers or pages may print the same figure).
 */
public record SeriesPoint(String period, double value, String unit, String kind, List<FactRow> sources) {
}
