package dibao.text;

import java.util.Objects;

/**
 * Text derived from a page (an article's re-joined text, say) that remembers, for every char,
 * the page index it came from. Annotators work on the derived text; {@link #toPage} turns what
 * they find back into page spans, so cleaning never costs provenance.
 *
 * <p>A char inserted by the cleaning (the newline between two paragraphs) maps to {@code -1}.
 */
public final class MappedText {

    private final String text;
    private final int[] pageIndex;

    public MappedText(String text, int[] pageIndex) {
        this.text = Objects.requireNonNull(text);
        if (pageIndex.length != text.length()) {
            throw new IllegalArgumentException("one page index per char: " + pageIndex.length + " != " + text.length());
        }
        this.pageIndex = pageIndex.clone();
    }

    /** The text of one page span, unchanged. */
    public static MappedText slice(String page, Span span) {
        int[] idx = new int[span.length()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = span.start() + i;
        }
        return new MappedText(span.of(page), idx);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Page index of char {@code i}, or -1 for a char the cleaning inserted. */
    public int pageIndex(int i) {
        return pageIndex[i];
    }

    /**
     * The page span covering chars {@code [start, end)} of this text: from the first mapped char
     * to the last, or null when none of them is mapped.
     */
    public Span toPage(int start, int end) {
        int s = -1;
        for (int i = start; i < end && s < 0; i++) {
            s = pageIndex[i];
        }
        int e = -1;
        for (int i = end - 1; i >= start && e < 0; i--) {
            e = pageIndex[i];
        }
        return s < 0 || e < 0 ? null : new Span(s, e + 1);
    }

    /** The text index of page index {@code page}, or -1 when the page char is not part of this text. */
    public int textIndexOf(int page) {
        for (int i = 0; i < pageIndex.length; i++) {
            if (pageIndex[i] == page) {
                return i;
            }
        }
        return -1;
    }

    /** Builds a mapped text piece by piece, keeping each piece's page origin. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] buf = new int[64];
        private int n;

        /** Appends the page chars of {@code span}. */
        public Builder append(String page, Span span) {
            return append(page, span.start(), span.end());
        }

        public Builder append(String page, int start, int end) {
            for (int i = start; i < end; i++) {
                put(page.charAt(i), i);
            }
            return this;
        }

        /** Appends text that is not on the page (a separator). */
        public Builder insert(String s) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), -1);
            }
            return this;
        }

        /** Appends another mapped text, keeping its mapping. */
        public Builder append(MappedText other) {
            for (int i = 0; i < other.length(); i++) {
                put(other.text.charAt(i), other.pageIndex[i]);
            }
            return this;
        }

        public int length() {
            return n;
        }

        private void put(char c, int idx) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, n * 2);
            }
            sb.append(c);
            buf[n++] = idx;
        }

        public MappedText build() {
            return new MappedText(sb.toString(), java.util.Arrays.copyOf(buf, n));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
