package dibao.web;

import dibao.doc.Entity;
import dibao.doc.Fact;
import dibao.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where an article's figures and entities are in its clean text. Facts point into the page; the
 * clean text is the article's spans re-joined with line breaks and layout spaces dropped, so page
 * characters are aligned to clean-text characters in order (whitespace skipped, a short look-ahead
 * for anything the cleaner changed). Entities are found by name.
 */
public final class ArticleMarks {

    /** How far ahead in the clean text a page character is looked for before it is given up. */
    private static final int LOOK_AHEAD = 12;
    /** Length of the page text looked for anywhere further on when the look-ahead fails. */
    private static final int RESYNC = 4;

    private ArticleMarks() {
    }

    /** A marked range of the clean text (char indices); {@code ref} is the fact index or entity name. */
    public record Mark(int start, int end, String type, String ref) {
    }

    public static List<Mark> marks(String pageText, List<Span> articleSpans, String cleanText, List<Fact> facts,
                                   List<Entity> entities) {
        List<Mark> marks = new ArrayList<>();
        if (cleanText == null || cleanText.isEmpty()) {
            return marks;
        }
        int[] pageToClean = align(pageText, articleSpans, cleanText);
        for (int i = 0; i < facts.size(); i++) {
            Span s = cleanSpan(facts.get(i), pageToClean, cleanText, marks);
            if (s != null) {
                marks.add(new Mark(s.start(), s.end(), "fact", Integer.toString(i)));
            }
        }
        List<String[]> names = new ArrayList<>();
        for (Entity e : entities) {
            names.add(new String[] {e.name(), e.type(), e.name()});
            for (String alias : e.aliases()) {
                names.add(new String[] {alias, e.type(), e.name()});
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        for (String[] n : names) {
            if (n[0] == null || n[0].isBlank()) {
                continue;
            }
            for (int at = cleanText.indexOf(n[0]); at >= 0; at = cleanText.indexOf(n[0], at + n[0].length())) {
                int start = at;
                int end = at + n[0].length();
                if (marks.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    marks.add(new Mark(start, end, n[1], n[2]));
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }

    private static Span cleanSpan(Fact fact, int[] pageToClean, String cleanText, List<Mark> taken) {
        Span span = fact.span();
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        if (span != null) {
            for (int i = span.start(); i < span.end() && i < pageToClean.length; i++) {
                if (pageToClean[i] >= 0) {
                    lo = Math.min(lo, pageToClean[i]);
                    hi = Math.max(hi, pageToClean[i]);
                }
            }
        }
        if (hi >= 0) {
            return new Span(lo, hi + 1);
        }
        // Not aligned (a figure outside the article's spans): the first free copy of its text.
        String text = fact.text();
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (int at = cleanText.indexOf(text); at >= 0; at = cleanText.indexOf(text, at + 1)) {
            int start = at;
            int end = at + text.length();
            if (taken.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                return new Span(start, end);
            }
        }
        return null;
    }

    /** For each page char index, the clean-text index of the same character, or -1. */
    static int[] align(String pageText, List<Span> spans, String cleanText) {
        int[] map = new int[pageText.length()];
        java.util.Arrays.fill(map, -1);
        int j = 0;
        for (Span span : spans) {
            for (int i = span.start(); i < span.end() && i < pageText.length(); i++) {
                char c = pageText.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                int limit = Math.min(cleanText.length(), j + LOOK_AHEAD);
                for (int k = j; k < limit; k++) {
                    if (cleanText.charAt(k) == c) {
                        map[i] = k;
                        j = k + 1;
                        break;
                    }
                }
                if (map[i] < 0 && i + RESYNC <= span.end()) {
                    // Lost (text the cleaner inserted or moved): find the next few page chars further on.
                    String probe = pageText.substring(i, i + RESYNC);
                    int k = probe.chars().anyMatch(Character::isWhitespace) ? -1 : cleanText.indexOf(probe, j);
                    if (k >= 0) {
                        map[i] = k;
                        j = k + 1;
                    }
                }
            }
        }
        return map;
    }
}
