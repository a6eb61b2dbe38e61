package dibao.page;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One newspaper page as read from disk: its decoded text (offsets into it are the page offsets of
 * every span dibao reports), where it came from, and the issue date when known.
 *
 * @param source    the file name the extraction document names
 * @param text      the decoded text, unchanged: no normalisation, BOM kept
 * @param charset   how the bytes were decoded (UTF-8 or GB18030)
 * @param issueDate the issue date, or null when neither the caller nor the path gave one
 */
public record Page(String source, String text, String charset, LocalDate issueDate) {

    public Page {
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
    }

    /** A page made from text in memory (tests, benchmarks). */
    public static Page of(String source, String text, LocalDate issueDate) {
        return new Page(source, text, "UTF-8", issueDate);
    }

    public Page withIssueDate(LocalDate date) {
        return new Page(source, text, charset, date);
    }
}
