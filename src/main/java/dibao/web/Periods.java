package dibao.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Periods as FORMAT.md writes them (2023, 2023-03, 2023-03-16, and ranges a/b of those) turned into
 * the first and last day they cover, for filtering and ordering figures by time.
 */
public final class Periods {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Periods() {
    }

    /** First and last day of a period, or null when it is not one. */
    public static DateRange range(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        int slash = period.indexOf('/');
        try {
            if (slash >= 0) {
                DateRange a = single(period.substring(0, slash).trim());
                DateRange b = single(period.substring(slash + 1).trim());
                return a == null || b == null ? null : new DateRange(a.first(), b.last());
            }
            return single(period.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateRange single(String s) {
        if (YEAR.matcher(s).matches()) {
            int y = Integer.parseInt(s);
            return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if (MONTH.matcher(s).matches()) {
            YearMonth m = YearMonth.parse(s);
            return new DateRange(m.atDay(1), m.atEndOfMonth());
        }
        if (DAY.matcher(s).matches()) {
            LocalDate d = LocalDate.parse(s);
            return new DateRange(d, d);
        }
        return null;
    }

    /**
     * A date bound given as a request parameter (YYYY, YYYY-MM or YYYY-MM-DD); {@code end} picks the
     * last day of a year or month instead of the first. A value that is not such a date is a 400.
     */
    public static LocalDate bound(String parameter, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        DateRange r = value.contains("/") ? null : range(value.trim());
        if (r == null) {
            throw ApiException.badParameter(parameter, "'" + value + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        }
        return end ? r.last() : r.first();
    }

    /** Inclusive range of days. */
    public record DateRange(LocalDate first, LocalDate last) {

        public boolean overlaps(LocalDate from, LocalDate to) {
            return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
        }
    }
}
