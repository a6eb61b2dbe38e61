package dibao.web;

import dibao.web.ArchiveView.FactRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The time series of one subject's indicator: its figures ordered by period, and a line of one value
 * per period in the most reported unit (the value most sources give, ties to the earliest issue), so
 * a figure a paper misprinted shows in the table beside the others instead of bending the line. A
 * figure without a period is placed at its issue date (the point says so), not left off the chart.
 */
record IndicatorSeries(String unit, List<String> units, List<Point> line, List<FactRow> rows) {

    record Point(String period, double value, int reports, boolean byIssueDate) {
    }

    /** Where a figure goes on the time axis: its period, else its issue date, else nowhere (null). */
    static String position(FactRow r) {
        return r.fact().period() != null ? r.fact().period() : r.date() == null ? null : r.date().toString();
    }

    static IndicatorSeries of(List<FactRow> facts) {
        List<FactRow> rows = new ArrayList<>(facts.stream().filter(r -> position(r) != null).toList());
        rows.sort(Comparator.comparing((FactRow r) -> periodKey(position(r)))
                .thenComparing(r -> r.date() == null ? LocalDate.MAX : r.date()));
        Map<String, Integer> unitCounts = new LinkedHashMap<>();
        for (FactRow r : rows) {
            unitCounts.merge(String.valueOf(r.fact().unit()), 1, Integer::sum);
        }
        List<String> units = unitCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        String unit = units.isEmpty() ? null : units.get(0);
        Map<String, List<FactRow>> byPeriod = new TreeMap<>(Comparator.comparing(IndicatorSeries::periodKey));
        for (FactRow r : rows) {
            if (String.valueOf(r.fact().unit()).equals(unit)) {
                byPeriod.computeIfAbsent(position(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<Point> line = new ArrayList<>();
        byPeriod.forEach((period, reports) -> {
            Map<Double, Integer> votes = new LinkedHashMap<>();
            reports.forEach(r -> votes.merge(r.fact().value(), 1, Integer::sum));
            double value = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            line.add(new Point(period, value, reports.size(), reports.stream().allMatch(r -> r.fact().period() == null)));
        });
        // Figures with neither period nor issue date cannot be placed on the line but still belong in the table.
        List<FactRow> all = new ArrayList<>(rows);
        facts.stream().filter(r -> position(r) == null).forEach(all::add);
        return new IndicatorSeries(unit, units, line, all);
    }

    /** Orders periods by the day they end, then by the day they start (2023-01/2023-03 after 2023-02). */
    static String periodKey(String period) {
        Periods.DateRange r = Periods.range(period);
        return r == null ? "9999" + period : r.last() + "|" + r.first();
    }
}
