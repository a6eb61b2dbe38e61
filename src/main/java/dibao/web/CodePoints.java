package dibao.web;

import dibao.text.Span;

/**
 * Char index to code point offset for one string. The API speaks code points (FORMAT.md), dibao
 * works in char indices; they differ only where a text has characters outside the BMP.
 */
final class CodePoints {

    private final int[] offsets;

    private CodePoints(int[] offsets) {
        this.offsets = offsets;
    }

    static CodePoints of(String text) {
        if (text == null || text.length() == text.codePointCount(0, text.length())) {
            return new CodePoints(null);
        }
        int[] cp = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean low = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
            cp[i + 1] = cp[i] + (low ? 0 : 1);
        }
        return new CodePoints(cp);
    }

    int at(int charIndex) {
        if (offsets == null) {
            return charIndex;
        }
        return offsets[Math.max(0, Math.min(charIndex, offsets.length - 1))];
    }

    int[] span(Span s) {
        return s == null ? null : new int[] {at(s.start()), at(s.end())};
    }

    int[] span(int start, int end) {
        return new int[] {at(start), at(end)};
    }
}
