package dibao.archive;

import java.util.List;

/**
 * One figure of the archive with its provenance.
 *
 * @param subject   who/where it is about, or null (a quantity that is no statistic)
 * @param indicator what is measured, as the extraction named it
 * @param period    FORMAT.md period (2023-01/2023-02), or null
 * @param value     in base units (yuan, percent ...)
 * @param unit      CNY, %, t, 家 ...
 * @param approx    about | over | under | at_least | at_most | null
 * @param kind      amount | count | rate | share | change | rank | target | measure
 * @param change    the growth figure (kind change) for the same subject, indicator and period in the same article, or null
 * @param changeUnit its unit (% or pp), or null
 * @param text      the figure as written (103.4亿元)
 * @param page      page hash (SHA-256 of the file's bytes)
 * @param source    the page's file name
 * @param paper     the paper, or null
 * @param date      issue date (YYYY-MM-DD), or null
 * @param article   article id on the page
 * @param spanStart start of the figure in the page text (Unicode code points, as in FORMAT.md)
 * @param spanEnd   end (exclusive)
 * @param checks    consistency checks run on it
 */
public record FactRow(String subject, String indicator, String period, double value, String unit, String approx,
        String kind, Double change, String changeUnit, String text, String page, String source, String paper,
        String date, String article, int spanStart, int spanEnd, List<CheckRow> checks) {

    public FactRow {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A consistency check of a figure. */
    public record CheckRow(String name, boolean passed, String message) {
    }
}
