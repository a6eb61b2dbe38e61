package dibao.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A passage of an article with the matched words marked as ranges of {@code text} (no markup
 * inside: a web page escapes the text and wraps the ranges in {@code <mark>}, a terminal in
 * brackets or colour).
 */
public record Snippet(String text, List<Range> highlights) {

    public record Range(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /** Parses text in which the highlighter put {@link #OPEN} and {@link #CLOSE} around matches. */
    static Snippet fromMarked(String marked) {
        StringBuilder sb = new StringBuilder(marked.length());
        List<Range> ranges = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                start = sb.length();
            } else if (c == CLOSE) {
                if (start >= 0) {
                    ranges.add(new Range(start, sb.length()));
                }
                start = -1;
            } else {
                sb.append(c);
            }
        }
        return new Snippet(sb.toString(), ranges);
    }

    /** The text with each highlight wrapped; {@code escape} is applied to every piece of plain text. */
    public String render(String open, String close, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Range r : highlights) {
            sb.append(escape.apply(text.substring(at, r.start()))).append(open)
                    .append(escape.apply(text.substring(r.start(), r.end()))).append(close);
            at = r.end();
        }
        return sb.append(escape.apply(text.substring(at))).toString();
    }

    public String render(String open, String close) {
        return render(open, close, UnaryOperator.identity());
    }
}
