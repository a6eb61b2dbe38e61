package dibao.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A half-open range {@code [start, end)} of char indices into the page text as decoded from disk.
 * Spans are the provenance of every claim dibao makes, so they always index the original page,
 * never cleaned text. In JSON a span is the two-element array {@code [start, end]}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    @JsonCreator
    public static Span of(int[] pair) {
        return new Span(pair[0], pair[1]);
    }

    @JsonValue
    public int[] toArray() {
        return new int[] {start, end};
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
