package dibao.text;

import java.util.List;

/**
 * Turns char indices into Unicode code point offsets (FORMAT.md counts code points). The two
 * differ only on pages with characters outside the Basic Multilingual Plane; for the others the
 * conversion is the identity and costs nothing.
 */
public final class CodePoints {

    private final int[] cp;

    private CodePoints(int[] cp) {
        this.cp = cp;
    }

    public static CodePoints of(String text) {
        if (text.length() == text.codePointCount(0, text.length())) {
            return new CodePoints(null);
        }
        int[] cp = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean low = Character.isLowSurrogate(text.charAt(i)) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1));
            cp[i + 1] = cp[i] + (low ? 0 : 1);
        }
        return new CodePoints(cp);
    }

    /** The code point offset of char index {@code charIndex}. */
    public int at(int charIndex) {
        return cp == null ? charIndex : cp[Math.min(charIndex, cp.length - 1)];
    }

    public Span convert(Span s) {
        return cp == null ? s : new Span(at(s.start()), at(s.end()));
    }

    /** Spans as {@code [start, end]} code point pairs. */
    public List<int[]> pairs(List<Span> spans) {
        return spans.stream().map(s -> new int[] {at(s.start()), at(s.end())}).toList();
    }
}
