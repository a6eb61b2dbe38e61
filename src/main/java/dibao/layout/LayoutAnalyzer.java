package dibao.layout;

import dibao.page.Page;
import dibao.text.MappedText;
import dibao.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page into lines (the blocks an e-paper extraction prints), tells titles, datelines,
 * bylines, captions, jump lines and body apart, finds text printed twice, and groups what is left
 * into articles in reading order.
 *
 * <p>An article opens at a dateline (衡阳日报讯), a byline under titles (■文/图 记者 某某), a
 * photographer's credit under a caption (■记者 某某 摄), a back-jump (（上接第一版）) or a marked
 * heading ({@code ## }), each with the run of title lines right above it. What comes before the
 * first opening is the tail of an article begun on another page. Afterwards: a title run that stands
 * right before a later copy of an article is that article's (the headline printed only with the
 * copy); a title that shares far more words with a headless article's body than with its own goes
 * to the headless one (a headline far from its body); a paragraph that continues an article left
 * mid-sentence goes back to it (interleaved columns).
 */
public final class LayoutAnalyzer {

    enum Type { TITLE, DATELINE, BYLINE, PHOTO_BYLINE, JUMP, BODY, FURNITURE }

    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:#{1,6}\\s*|[■●▲◆□]\\s*)+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s");
    private static final String TERMINAL = "。！？!?；;…";
    /** A title never holds a sentence end inside; it may end with a colon (李明：) or a dash (——). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？!?；;]");
    private static final int MAX_TITLE = 50;
    private static final Pattern INNER_PAUSE = Pattern.compile("[，,:：].");
    private static final Pattern INNER_COLON = Pattern.compile("[:：]\\s*[^\\s“\"].");
    private static final int MAX_CAPTION = 300;

    /** One non-blank line of the page. */
    static final class Line {
        final int no;
        final Span span;
        final String text;
        final String plain;
        final boolean heading;
        Type type = Type.BODY;
        String datelineTag;
        String jumpTo;
        String jumpFrom;
        /** Parts of the line that are not a duplicate copy (all of it, usually). */
        List<Span> kept;
        /** Parts of the line that are a later copy of text printed elsewhere. */
        final List<Span> dup = new ArrayList<>();
        /** Page offset of the first copy of this line's duplicate text, or -1. */
        int origin = -1;

        Line(int no, Span span, String text) {
            this.no = no;
            this.span = span;
            this.text = text;
            this.heading = HEADING.matcher(text).find();
            this.plain = LEADING_MARKS.matcher(text.replace("**", "")).replaceFirst("").strip();
            this.kept = List.of(span);
        }

        boolean fullyDuplicate() {
            return kept.isEmpty();
        }

        String keptText(String page) {
            StringBuilder sb = new StringBuilder();
            for (Span s : kept) {
                sb.append(s.of(page));
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return no + ":" + type + ":" + text;
        }
    }

    /** An article while it is being assembled. */
    private static final class Draft {
        final List<Line> titles = new ArrayList<>();
        final List<Line> rest = new ArrayList<>();
        boolean photo;

        List<Line> all() {
            List<Line> out = new ArrayList<>(titles);
            out.addAll(rest);
            return out;
        }

        int first() {
            int min = Integer.MAX_VALUE;
            for (Line l : titles) {
                min = Math.min(min, l.span.start());
            }
            for (Line l : rest) {
                min = Math.min(min, l.span.start());
            }
            return min;
        }

        Line lastBody() {
            for (int i = rest.size() - 1; i >= 0; i--) {
                if (rest.get(i).type == Type.BODY) {
                    return rest.get(i);
                }
            }
            return null;
        }
    }

    private final LayoutLexicon lexicon;
    private final Bylines bylines;

    public LayoutAnalyzer() {
        this(LayoutLexicon.defaults());
    }

    public LayoutAnalyzer(LayoutLexicon lexicon) {
        this.lexicon = lexicon;
        this.bylines = new Bylines(lexicon);
    }

    public PageLayout analyze(Page page) {
        String t = page.text();
        List<Line> lines = lines(t);
        for (Line l : lines) {
            classify(l);
        }
        demoteCutLines(lines);
        markDuplicates(t, lines);
        List<Draft> drafts = group(t, lines);
        attachTitlesBeforeCopies(lines, drafts);
        reuniteInterleaved(t, drafts);
        matchFarHeadlines(t, drafts);
        drafts.removeIf(d -> d.titles.isEmpty() && d.rest.isEmpty());
        drafts.sort(Comparator.comparingInt(Draft::first));
        List<LaidOutArticle> out = new ArrayList<>();
        Map<Line, Integer> owner = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (Line l : drafts.get(i).all()) {
                owner.put(l, i);
            }
        }
        List<List<Span>> dups = duplicatesByArticle(t, lines, drafts, owner);
        for (int i = 0; i < drafts.size(); i++) {
            out.add(build(t, "a" + (i + 1), drafts.get(i), dups.get(i)));
        }
        return new PageLayout(paper(t, lines), out, printedDate(lines));
    }

    // ---------------------------------------------------------------- lines and their types

    static List<Line> lines(String t) {
        List<Line> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        int no = 0;
        while (i < n) {
            int lineEnd = t.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = i;
            while (s < lineEnd && DuplicateFinder.isBlank(t.charAt(s))) {
                s++;
            }
            int e = lineEnd;
            while (e > s && DuplicateFinder.isBlank(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(no++, new Span(s, e), t.substring(s, e)));
            }
            i = lineEnd + 1;
        }
        return out;
    }

    private void classify(Line l) {
        String plain = l.plain;
        for (LayoutLexicon.Jump j : lexicon.jumps()) {
            Matcher m = j.pattern().matcher(plain);
            if (!m.find()) {
                continue;
            }
            String where = "第" + m.group(1) + "版";
            boolean whole = m.start() == 0 && m.end() == plain.length();
            if (j.forward() && (whole || m.end() == plain.length())) {
                l.jumpTo = where;
            } else if (!j.forward() && m.start() == 0) {
                l.jumpFrom = where;
            }
            if (whole) {
                l.type = Type.JUMP;
                return;
            }
        }
        if (plain.isEmpty()) {
            l.type = Type.TITLE;
            return;
        }
        if (lexicon.isFurniture(plain)) {
            l.type = Type.FURNITURE;
            return;
        }
        String afterJump = l.jumpFrom != null ? plain.replaceFirst("^[（(][^）)]*[）)]\\s*", "") : plain;
        Matcher d = lexicon.dateline(afterJump);
        if (d != null) {
            l.type = Type.DATELINE;
            l.datelineTag = d.group();
            return;
        }
        if (l.jumpFrom == null && isByline(l)) {
            l.type = bylines.parse(plain).photo() ? Type.PHOTO_BYLINE : Type.BYLINE;
            return;
        }
        if (l.jumpFrom == null && l.jumpTo == null && isTitle(plain)) {
            l.type = Type.TITLE;
        }
    }

    /**
     * A short line inside a body that looks like a title but holds a colon with text after it
     * (这15个乡镇分别是:某某县三塘), or a comma after a body line left mid-sentence, and is followed by
     * more body, is the first piece of a paragraph cut by the column, not a subhead.
     */
    private void demoteCutLines(List<Line> lines) {
        // a paragraph wrapped at the column width is a chain of cut lines: repeat until none changes
        boolean changed = true;
        for (int pass = 0; changed && pass < 8; pass++) {
            changed = false;
            for (int i = 1; i + 1 < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.type == Type.TITLE && !l.heading && isCutLine(lines.get(i - 1), l, lines.get(i + 1))) {
                    l.type = Type.BODY;
                    changed = true;
                }
            }
        }
    }

    private boolean isCutLine(Line prev, Line l, Line next) {
        boolean nextBody = next.type == Type.BODY;
        if (nextBody && lexicon.opensLikeBody(l.plain) && l.plain.length() >= 16) {
            // 3月16日，市委书记某某主持召开…… cut by the column: a paragraph's first line, whatever precedes it
            return true;
        }
        boolean prevBody = prev.type == Type.BODY || prev.type == Type.DATELINE;
        boolean prevCut = prevBody && !endsSentence(prev.plain);
        // the next line is body, or another cut piece of the same paragraph (it has a pause inside too)
        boolean nextCut = nextBody || next.type == Type.TITLE && !next.heading && INNER_PAUSE.matcher(next.plain).find();
        boolean pause = INNER_COLON.matcher(l.plain).find() || prevCut && INNER_PAUSE.matcher(l.plain).find();
        boolean closed = l.plain.endsWith("”") || l.plain.endsWith("】") || l.plain.endsWith("」");
        if (prevBody && pause && !closed && (nextBody || prevCut && nextCut)) {
            return true;
        }
        // as wide as the line before it, which the column cut mid-sentence: the same paragraph wrapped
        int width = prev.plain.length();
        return prevCut && !closed && width >= 12 && Math.abs(l.plain.length() - width) <= 1
                && (nextBody || nextCut || next.type == Type.TITLE && Math.abs(next.plain.length() - width) <= 1);
    }

    private boolean isByline(Line l) {
        String plain = l.plain;
        if (plain.length() > 60 || SENTENCE_INSIDE.matcher(plain).find()) {
            return false;
        }
        Bylines.Parsed p = bylines.parse(plain);
        if (p.credits().isEmpty()) {
            return false;
        }
        boolean marked = !l.text.equals(plain) && !l.heading && !l.text.startsWith("**");
        return marked || p.onlyByline();
    }

    static boolean isTitle(String plain) {
        int len = plain.length();
        if (len == 0 || len > MAX_TITLE || SENTENCE_INSIDE.matcher(plain).find()) {
            return false;
        }
        char last = plain.charAt(len - 1);
        if ("，,、".indexOf(last) >= 0) {
            return false;
        }
        return !((last == '：' || last == ':') && len > 12);
    }

    static boolean endsSentence(String s) {
        String x = s.strip();
        while (!x.isEmpty() && "”’」』）)】*".indexOf(x.charAt(x.length() - 1)) >= 0) {
            x = x.substring(0, x.length() - 1);
        }
        return !x.isEmpty() && TERMINAL.indexOf(x.charAt(x.length() - 1)) >= 0;
    }

    // ---------------------------------------------------------------- duplicates

    private void markDuplicates(String t, List<Line> lines) {
        List<DuplicateFinder.Copy> copies = new DuplicateFinder().find(t);
        if (copies.isEmpty()) {
            return;
        }
        int[] starts = new int[lines.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = lines.get(i).span.start();
        }
        for (DuplicateFinder.Copy c : copies) {
            Span dup = c.later();
            Span kept = c.earlier();
            if (intrusion(t, lines, starts, c.earlier()) && !intrusion(t, lines, starts, c.later())) {
                dup = c.earlier();
                kept = c.later();
            }
            for (int i = lineAt(starts, dup.start()); i >= 0 && i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.span.start() >= dup.end()) {
                    break;
                }
                int s = Math.max(l.span.start(), dup.start());
                int e = Math.min(l.span.end(), dup.end());
                if (e <= s) {
                    continue;
                }
                boolean whole = s == l.span.start() && e == l.span.end();
                if (!whole && e - s < 20) {
                    continue; // a shared formula at a copy's edge, not a copy of the line
                }
                cut(l, new Span(s, e));
                if (l.origin < 0) {
                    l.origin = Math.min(kept.end() - 1, kept.start() + (s - dup.start()));
                }
            }
        }
    }

    /**
     * A copy that is the tail of a line whose own text stops mid-sentence before it, while the next
     * line carries on the body: the copy displaced the rest of the paragraph, so it is the stray one.
     */
    private static boolean intrusion(String t, List<Line> lines, int[] starts, Span copy) {
        int i = lineAt(starts, copy.start());
        if (i < 0) {
            return false;
        }
        Line l = lines.get(i);
        if (copy.end() != l.span.end() || copy.start() <= l.span.start()) {
            return false;
        }
        String before = t.substring(l.span.start(), copy.start());
        if (endsSentence(before)) {
            return false;
        }
        return i + 1 < lines.size() && lines.get(i + 1).type == Type.BODY;
    }

    private static int lineAt(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static void cut(Line l, Span dup) {
        List<Span> kept = new ArrayList<>();
        for (Span k : l.kept) {
            if (!k.overlaps(dup)) {
                kept.add(k);
                continue;
            }
            if (k.start() < dup.start()) {
                kept.add(new Span(k.start(), dup.start()));
            }
            if (dup.end() < k.end()) {
                kept.add(new Span(dup.end(), k.end()));
            }
        }
        l.kept = kept;
        l.dup.add(dup);
    }

    // ---------------------------------------------------------------- grouping

    private List<Draft> group(String t, List<Line> lines) {
        List<Line> units = new ArrayList<>();
        for (Line l : lines) {
            if (!l.fullyDuplicate() && l.type != Type.FURNITURE) {
                units.add(l);
            }
        }
        int n = units.size();
        // an anchor opens an article; the article starts at the title run right above the anchor
        boolean[] opens = new boolean[n];
        boolean[] photoEnd = new boolean[n];
        for (int j = 0; j < n; j++) {
            Line u = units.get(j);
            switch (u.type) {
                case DATELINE -> {
                    boolean underByline = j > 0 && units.get(j - 1).type == Type.BYLINE
                            && adjacent(lines, units.get(j - 1), u);
                    if (!underByline) {
                        opens[runStart(lines, units, j)] = true;
                    }
                }
                case BYLINE -> {
                    if (j > 0 && units.get(j - 1).type == Type.TITLE && adjacent(lines, units.get(j - 1), u)) {
                        opens[runStart(lines, units, j)] = true;
                    }
                }
                case PHOTO_BYLINE -> {
                    int caption = j - 1;
                    if (caption >= 0 && units.get(caption).type == Type.BODY
                            && units.get(caption).text.length() <= MAX_CAPTION
                            && !(caption > 0 && units.get(caption - 1).type == Type.BODY
                                    && !endsSentence(units.get(caption - 1).keptText(t))
                                    && j + 1 < n && units.get(j + 1).type == Type.BODY)) {
                        opens[runStart(lines, units, caption)] = true;
                        photoEnd[j] = true;
                    } else if (j > 0 && units.get(j - 1).type == Type.TITLE) {
                        opens[runStart(lines, units, j)] = true;
                    }
                }
                case BODY, JUMP -> {
                    if (u.jumpFrom != null) {
                        opens[runStart(lines, units, j)] = true;
                    }
                }
                case TITLE -> {
                    if (u.heading) {
                        opens[runStart(lines, units, j)] = true;
                    }
                    if (j > 0 && units.get(j - 1).jumpTo != null) {
                        // （下转第三版） closes the article's part on this page: titles after it open another
                        opens[j] = true;
                    }
                    boolean runBegins = j == 0 || units.get(j - 1).type != Type.TITLE
                            || !adjacent(lines, units.get(j - 1), u);
                    if (runBegins && j > 0 && endsSentence(units.get(j - 1).keptText(t))) {
                        int end = j;
                        while (end + 1 < n && units.get(end + 1).type == Type.TITLE
                                && adjacent(lines, units.get(end), units.get(end + 1))) {
                            end++;
                        }
                        if (end > j && end + 1 < n && units.get(end + 1).type == Type.BODY) {
                            opens[j] = true;
                        } else if (end == j && j + 1 < n && isLoneHeadline(u, units.get(j + 1))) {
                            opens[j] = true;
                        }
                    }
                }
                default -> {
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        Draft beforePhoto = null;
        for (int j = 0; j < n; j++) {
            Line u = units.get(j);
            if (opens[j] || current == null) {
                current = new Draft();
                drafts.add(current);
                beforePhoto = null;
            }
            boolean head = current.rest.isEmpty() && u.type == Type.TITLE;
            (head ? current.titles : current.rest).add(u);
            if (photoEnd[j]) {
                current.photo = true;
                Draft photo = current;
                if (j + 1 < n && !opens[j + 1]) {
                    // what follows the photo belongs to the article the photo interrupted
                    current = beforePhoto != null ? beforePhoto : drafts.size() > 1 ? drafts.get(drafts.size() - 2) : null;
                    if (current == null) {
                        current = new Draft();
                        drafts.add(current);
                    }
                }
                beforePhoto = photo == current ? null : current;
            }
        }
        return drafts;
    }

    /**
     * A single title line after a finished sentence, over a full paragraph: the headline of an
     * article with no dateline (a commentary, a feature). A subhead inside an article is told
     * apart by its marks: an enumerator (一、 （二） 3.) or a bullet (■ ●).
     */
    private static boolean isLoneHeadline(Line title, Line next) {
        String p = title.plain;
        return next.type == Type.BODY && next.plain.length() > 30 && p.length() >= 6 && p.length() <= 30
                && title.text.equals(p) && !ENUMERATED.matcher(p).lookingAt()
                && !INNER_PAUSE.matcher(p).find() && !p.endsWith("：") && !p.endsWith(":");
    }

    private static final Pattern ENUMERATED = Pattern.compile(
            "[（(]?[一二三四五六七八九十\\d]{1,3}[）)、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十\\d]+[，、]");

    /** Index in {@code units} of the first line of the title run ending right above unit {@code j}. */
    private static int runStart(List<Line> lines, List<Line> units, int j) {
        int s = j;
        while (s > 0 && units.get(s - 1).type == Type.TITLE && !units.get(s - 1).heading
                && adjacent(lines, units.get(s - 1), units.get(s))) {
            s--;
        }
        if (s > 0 && units.get(s - 1).type == Type.TITLE && units.get(s - 1).heading
                && adjacent(lines, units.get(s - 1), units.get(s))) {
            s--;
            while (s > 0 && units.get(s - 1).type == Type.TITLE && !units.get(s - 1).heading
                    && adjacent(lines, units.get(s - 1), units.get(s))) {
                s--;
            }
        }
        return s;
    }

    /** No line printed twice lies between {@code a} and {@code b}. */
    private static boolean adjacent(List<Line> lines, Line a, Line b) {
        for (int i = a.no + 1; i < b.no; i++) {
            if (lines.get(i).fullyDuplicate() || lines.get(i).type == Type.FURNITURE) {
                return false;
            }
        }
        return true;
    }

    /** A title run standing right before a later copy heads the article of the first copy. */
    private static void attachTitlesBeforeCopies(List<Line> lines, List<Draft> drafts) {
        Map<Line, Draft> owner = owners(drafts);
        for (Draft d : List.copyOf(drafts)) {
            List<Line> run = new ArrayList<>();
            List<Line> seq = d.all();
            for (int k = 0; k < seq.size(); k++) {
                Line l = seq.get(k);
                if (l.type != Type.TITLE) {
                    run.clear();
                    continue;
                }
                run.add(l);
                Line next = l.no + 1 < lines.size() ? lines.get(l.no + 1) : null;
                if (next == null || !next.fullyDuplicate()) {
                    continue;
                }
                Draft target = ownerOfOffset(lines, owner, next.origin);
                if (target != null && target != d) {
                    for (Line r : run) {
                        owner.put(r, target);
                        d.titles.remove(r);
                        d.rest.remove(r);
                        target.titles.add(r);
                        owner.put(r, target);
                    }
                    target.titles.sort(Comparator.comparingInt((Line x) -> x.no));
                }
                run.clear();
            }
        }
    }

    private static Map<Line, Draft> owners(List<Draft> drafts) {
        Map<Line, Draft> owner = new HashMap<>();
        for (Draft d : drafts) {
            for (Line l : d.all()) {
                owner.put(l, d);
            }
        }
        return owner;
    }

    /** The draft holding the line at page offset {@code offset}, or null. */
    private static Draft ownerOfOffset(List<Line> lines, Map<Line, Draft> owner, int offset) {
        if (offset < 0) {
            return null;
        }
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Line l = lines.get(mid);
            if (offset < l.span.start()) {
                hi = mid - 1;
            } else if (offset >= l.span.end()) {
                lo = mid + 1;
            } else {
                return owner.get(l);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- far headlines, interleaving

    /**
     * A paragraph that does not need to continue its own article (which ended a sentence) but
     * shares far more words with an article left mid-sentence goes back to that article.
     */
    private static void reuniteInterleaved(String t, List<Draft> drafts) {
        List<Draft> dangling = new ArrayList<>();
        Map<Draft, Map<String, Integer>> counts = new HashMap<>();
        for (Draft d : drafts) {
            for (int k = 1; k < d.rest.size(); k++) {
                Line u = d.rest.get(k);
                Line prev = d.rest.get(k - 1);
                if (u.type != Type.BODY || u.jumpFrom != null || dangling.isEmpty() || !endsSentence(prev.keptText(t))) {
                    continue;
                }
                Set<String> grams = bigrams(u.keptText(t));
                if (grams.size() < 6) {
                    continue;
                }
                Map<String, Integer> ownCounts = counts.computeIfAbsent(d, x -> gramCounts(t, x));
                int ownHits = 0;
                for (String g : grams) {
                    if (ownCounts.getOrDefault(g, 0) > 1) {
                        ownHits++; // > 1: the line's own occurrence does not count
                    }
                }
                double own = (double) ownHits / grams.size();
                Draft best = null;
                double bestScore = 0;
                for (Draft o : dangling) {
                    if (o == d) {
                        continue;
                    }
                    double a = affinity(grams, counts.computeIfAbsent(o, x -> gramCounts(t, x)));
                    if (a > bestScore) {
                        bestScore = a;
                        best = o;
                    }
                }
                if (best != null && bestScore >= 0.2 && bestScore >= 2 * own + 0.05) {
                    d.rest.remove(k);
                    k--;
                    best.rest.add(u);
                    counts.remove(d);
                    counts.remove(best);
                    if (endsSentence(u.keptText(t))) {
                        dangling.remove(best);
                    }
                }
            }
            Line last = d.lastBody();
            boolean open = last != null && !endsSentence(last.keptText(t)) && last.jumpTo == null
                    && d.rest.stream().noneMatch(l -> l.type == Type.JUMP);
            if (open) {
                dangling.add(d);
                if (dangling.size() > 4) {
                    dangling.remove(0);
                }
            }
        }
    }

    /**
     * A headless article (a dateline with no title above it) takes the title line, from another
     * article's title run of several lines, that shares far more words with its body than with the
     * body it stands over: a headline printed far from its article.
     */
    private static void matchFarHeadlines(String t, List<Draft> drafts) {
        Map<Draft, Map<String, Integer>> bodies = new HashMap<>();
        for (Draft h : drafts) {
            if (!h.titles.isEmpty() || h.photo || h.rest.isEmpty()
                    || h.rest.stream().noneMatch(l -> l.type == Type.DATELINE)) {
                continue;
            }
            Map<String, Integer> body = gramCounts(t, h);
            Line best = null;
            Draft from = null;
            double bestScore = 0;
            for (Draft x : drafts) {
                if (x == h || x.titles.size() < 2) {
                    continue;
                }
                Map<String, Integer> xBody = bodies.computeIfAbsent(x, y -> {
                    Map<String, Integer> m = new HashMap<>();
                    for (Line l : y.rest) {
                        for (String g : bigrams(l.keptText(t))) {
                            m.merge(g, 1, Integer::sum);
                        }
                    }
                    return m;
                });
                for (Line title : x.titles) {
                    Set<String> grams = bigrams(title.keptText(t));
                    if (grams.size() < 3) {
                        continue;
                    }
                    double a = affinity(grams, body);
                    double own = affinity(grams, xBody);
                    if (a >= 0.5 && a >= own + 0.25 && a > bestScore) {
                        bestScore = a;
                        best = title;
                        from = x;
                    }
                }
            }
            if (best != null) {
                from.titles.remove(best);
                h.titles.add(best);
                bodies.remove(from);
            }
        }
    }

    /** How many lines of the article hold each bigram. */
    private static Map<String, Integer> gramCounts(String t, Draft d) {
        Map<String, Integer> out = new HashMap<>();
        for (Line l : d.all()) {
            for (String g : bigrams(l.keptText(t))) {
                out.merge(g, 1, Integer::sum);
            }
        }
        return out;
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (han && prev != 0) {
                out.add("" + prev + c);
            }
            prev = han ? c : 0;
        }
        return out;
    }

    private static double affinity(Set<String> grams, Map<String, Integer> text) {
        if (grams.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : grams) {
            if (text.containsKey(g)) {
                hit++;
            }
        }
        return (double) hit / grams.size();
    }

    // ---------------------------------------------------------------- articles

    private static List<List<Span>> duplicatesByArticle(String t, List<Line> lines, List<Draft> drafts,
            Map<Line, Integer> owner) {
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(new ArrayList<>());
        }
        Map<Draft, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            index.put(drafts.get(i), i);
        }
        Map<Line, Draft> lineOwner = owners(drafts);
        Integer last = null;
        for (Line l : lines) {
            Integer o = owner.get(l);
            if (!l.dup.isEmpty()) {
                Draft d = ownerOfOffset(lines, lineOwner, l.origin);
                Integer target = d != null ? index.get(d) : o != null ? o : last;
                if (target != null) {
                    out.get(target).addAll(l.dup);
                }
            }
            if (o != null) {
                last = o;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.set(i, mergeAcrossBlanks(t, out.get(i)));
        }
        return out;
    }

    private static List<Span> mergeAcrossBlanks(String t, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty()) {
                Span p = out.get(out.size() - 1);
                if (s.start() <= p.end() || onlyBlank(t, p.end(), s.start())) {
                    out.set(out.size() - 1, new Span(p.start(), Math.max(p.end(), s.end())));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean onlyBlank(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!DuplicateFinder.isBlank(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private LaidOutArticle build(String t, String id, Draft d, List<Span> dups) {
        Head head = head(t, d.titles, !d.titles.isEmpty() && d.titles.get(0).no == 0);
        String dateline = null;
        List<Credit> credits = new ArrayList<>();
        String continuedTo = null;
        String continuedFrom = null;
        for (int k = 0; k < d.rest.size(); k++) {
            Line l = d.rest.get(k);
            if (l.type == Type.DATELINE && dateline == null) {
                dateline = l.datelineTag;
                credits.addAll(bylines.parse(bracketAfterDateline(t, d.rest, k)).credits());
            } else if ((l.type == Type.BYLINE || l.type == Type.PHOTO_BYLINE) && credits.isEmpty()) {
                credits.addAll(bylines.parse(l.plain).credits());
            }
            if (l.jumpTo != null) {
                continuedTo = l.jumpTo;
            }
            if (l.jumpFrom != null && continuedFrom == null) {
                continuedFrom = l.jumpFrom;
            }
        }
        List<Span> spans = new ArrayList<>();
        List<Line> ordered = new ArrayList<>();
        if (head.headlineLine != null) {
            ordered.add(head.headlineLine);
        }
        for (Line l : d.titles) {
            if (l != head.headlineLine) {
                ordered.add(l);
            }
        }
        List<Line> body = new ArrayList<>(d.rest);
        body.sort(Comparator.comparingInt((Line x) -> x.no));
        ordered.addAll(body);
        MappedText.Builder text = new MappedText.Builder();
        Line prev = null;
        for (Line l : ordered) {
            spans.addAll(l.kept);
            if (prev != null) {
                boolean join = prev.type != Type.TITLE && l.type == Type.BODY && prev.type != Type.JUMP
                        && prev.type != Type.BYLINE && prev.type != Type.PHOTO_BYLINE
                        && !endsSentence(prev.keptText(t)) && prev.jumpTo == null;
                if (!join) {
                    text.insert("\n");
                }
            }
            for (Span s : l.kept) {
                appendContent(text, t, s);
            }
            prev = l;
        }
        String kind = kind(t, d, head, dateline);
        return new LaidOutArticle(id, kind, head.headline, head.subheadlines, dateline, credits, spans, dups,
                continuedTo, continuedFrom, text.build());
    }

    /** Appends a line's text without the markdown marks an extraction may print (## , **). */
    private static void appendContent(MappedText.Builder text, String t, Span s) {
        int i = s.start();
        int e = s.end();
        while (i < e && (t.charAt(i) == '#' || t.charAt(i) == ' ')) {
            i++;
        }
        for (int k = i; k < e; k++) {
            char c = t.charAt(k);
            if (c == '*' && ((k + 1 < e && t.charAt(k + 1) == '*') || (k > i && t.charAt(k - 1) == '*'))) {
                continue;
            }
            text.append(t, k, k + 1);
        }
    }

    /** The dateline's line, joined with the next when its bracketed byline is cut across lines. */
    private static String bracketAfterDateline(String t, List<Line> rest, int k) {
        Line l = rest.get(k);
        String s = l.plain.substring(Math.min(l.plain.length(), l.datelineTag.length()));
        int open = indexOfAny(s, "（(");
        if (open < 0 || open > 3) {
            return "";
        }
        String inner = s.substring(open + 1);
        int close = indexOfAny(inner, "）)");
        if (close < 0 && k + 1 < rest.size()) {
            inner = inner + rest.get(k + 1).plain;
            close = indexOfAny(inner, "）)");
        }
        return close < 0 ? inner : inner.substring(0, close);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Headline and kicker/subtitle lines of a title run. */
    private record Head(String headline, Line headlineLine, List<String> subheadlines) {
    }

    /**
     * {@code pageStart}: the run opens the page. A page that starts with subtitle lines only lost
     * the headline above them (it stood on the page before), so there is no headline.
     */
    private static Head head(String t, List<Line> titles, boolean pageStart) {
        List<String> texts = new ArrayList<>();
        List<Line> sources = new ArrayList<>();
        Line marked = null;
        String markedText = null;
        for (int i = 0; i < titles.size(); i++) {
            Line l = titles.get(i);
            String s = l.plain;
            int dash = s.indexOf("——");
            if (dash > 0 && dash + 2 < s.length()) {
                // a kicker and the headline joined on one line: 某会议提出—— 加快建设……
                texts.add(s.substring(0, dash + 2).strip());
                sources.add(null);
                s = s.substring(dash + 2).strip();
            }
            if ((s.endsWith("：") || s.endsWith(":")) && s.length() <= 12 && i + 1 < titles.size()) {
                // 李明： over 00后“新农人”……: one headline printed on two lines
                Line next = titles.get(++i);
                s = s + next.plain;
                if (next.heading && marked == null) {
                    marked = l;
                    markedText = s;
                }
            }
            if (l.heading && marked == null) {
                marked = l;
                markedText = s;
            }
            texts.add(s);
            sources.add(l);
        }
        if (texts.isEmpty()) {
            return new Head(null, null, List.of());
        }
        int pick = -1;
        if (marked != null) {
            pick = texts.indexOf(markedText);
        }
        if (pick < 0) {
            for (int i = 0; i < texts.size(); i++) {
                if (!isDeck(texts.get(i))) {
                    pick = i; // the last plain title: a kicker stands above the headline
                }
            }
        }
        if (pick < 0 && pageStart) {
            return new Head(null, null, texts);
        }
        if (pick < 0) {
            for (int i = 0; i < texts.size(); i++) {
                if (pick < 0 || texts.get(i).length() < texts.get(pick).length()) {
                    pick = i;
                }
            }
        }
        List<String> subs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i != pick) {
                subs.add(texts.get(i));
            }
        }
        return new Head(texts.get(pick), sources.get(pick), subs);
    }

    /**
     * A kicker or subtitle line: a lead ending in a dash or colon, a subtitle opening with one
     * (——记某某), a sentence with commas, a long summary.
     */
    static boolean isDeck(String s) {
        return s.startsWith("—") || s.endsWith("—") || s.endsWith("：") || s.contains("，") || s.contains(",")
                || s.length() > 30;
    }

    private String kind(String t, Draft d, Head head, String dateline) {
        if (d.photo && dateline == null) {
            return "photo";
        }
        String headline = head.headline == null ? "" : head.headline;
        for (LayoutLexicon.KindMarker m : lexicon.kindMarkers()) {
            switch (m.where()) {
                case "headline" -> {
                    if (dateline == null && headline.strip().endsWith(m.word())) {
                        return m.kind();
                    }
                }
                case "tag" -> {
                    if (dateline == null) {
                        for (Line l : d.all()) {
                            if (l.plain.startsWith(m.word()) && l.plain.length() <= 20 && isTitle(l.plain)) {
                                return m.kind();
                            }
                        }
                    }
                }
                case "kicker" -> {
                    for (String s : head.subheadlines) {
                        if (s.contains(m.word())) {
                            return m.kind();
                        }
                    }
                }
                case "byline" -> {
                    for (Line l : d.all()) {
                        if (l.type == Type.BYLINE && l.plain.contains(m.word())) {
                            return m.kind();
                        }
                    }
                }
                default -> {
                }
            }
        }
        return "news";
    }

    // ---------------------------------------------------------------- issue date

    private static final Pattern PRINTED_DATE = Pattern.compile("(20\\d{2}|19\\d{2})年(\\d{1,2})月(\\d{1,2})日");

    /**
     * The date of the first running head (a furniture line) that prints one. A date in an
     * article's text is no issue date; a page of several issues' heads takes the first.
     */
    private static LocalDate printedDate(List<Line> lines) {
        for (Line l : lines) {
            if (l.type != Type.FURNITURE) {
                continue;
            }
            Matcher m = PRINTED_DATE.matcher(l.plain);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // 2月30日: a misprint, no date
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- paper

    /** The paper most datelines and bylines of the page name (衡阳日报讯, 衡阳日报全媒体记者), or null. */
    private String paper(String t, List<Line> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line l : lines) {
            if (l.fullyDuplicate()) {
                continue;
            }
            List<String> named = new ArrayList<>();
            if (l.type == Type.DATELINE) {
                Matcher m = lexicon.dateline(l.jumpFrom != null
                        ? l.plain.replaceFirst("^[（(][^）)]*[）)]\\s*", "") : l.plain);
                if (m != null) {
                    String p = lexicon.paperOf(m.group("source"));
                    if (p != null) {
                        named.add(p);
                    }
                }
                String rest = l.plain.substring(Math.min(l.plain.length(), l.datelineTag.length()));
                int close = indexOfAny(rest, "）)");
                named.addAll(bylines.parse(close > 0 ? rest.substring(0, close) : rest).papers());
            } else if (l.type == Type.BYLINE || l.type == Type.PHOTO_BYLINE) {
                named.addAll(bylines.parse(l.plain).papers());
            } else if (l.type == Type.FURNITURE) {
                String p = lexicon.paperIn(l.plain.split("\\s+|\\d", 2)[0]);
                if (p != null) {
                    named.add(p);
                }
            }
            for (String p : named) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}
