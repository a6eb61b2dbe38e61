package dibao.page;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issue dates written in paths: {@code 2023-03-17/}, {@code 2023/03/17/}, {@code 20230317}. */
public final class IssueDates {

    private static final Pattern DASHED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_/.](\\d{1,2})[-_/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private IssueDates() {
    }

    /** The last date written in the path (the most specific folder or name wins), or null. */
    public static LocalDate fromPath(Path path) {
        if (path == null) {
            return null;
        }
        String s = path.toString().replace('\\', '/');
        LocalDate found = last(DASHED.matcher(s));
        LocalDate compact = last(COMPACT.matcher(s));
        if (found == null) {
            return compact;
        }
        return found;
    }

    private static LocalDate last(Matcher m) {
        LocalDate out = null;
        while (m.find()) {
            try {
                out = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // not a calendar date (a serial number that looks like one): keep looking
            }
        }
        return out;
    }
}
