package dibao.layout;

import dibao.lexicon.Papers;
import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists the layout stage reads as data: byline roles, dateline sources, jump lines and
 * kind markers (layout_*.tsv), plus the known papers (papers.tsv).
 */
public final class LayoutLexicon {

    /** A jump line pattern and whether it points forward (to) or back (from). */
    public record Jump(Pattern pattern, boolean forward) {
    }

    /** A word that marks an article's kind, and where it must appear. */
    public record KindMarker(String word, String kind, String where) {
    }

    private static final LayoutLexicon DEFAULT = new LayoutLexicon(Tsv.read("layout_roles.tsv"),
            Tsv.read("layout_sources.tsv"), Tsv.read("layout_jumps.tsv"), Tsv.read("layout_kinds.tsv"),
            Tsv.read("layout_furniture.tsv"), Tsv.read("layout_body_openers.tsv"), Papers.defaults());

    private final List<String> roles;
    private final Map<String, String> roleKinds = new LinkedHashMap<>();
    private final List<String> agencies = new ArrayList<>();
    private final List<String> selfNames = new ArrayList<>();
    private final List<String> paperSuffixes = new ArrayList<>();
    private final List<String> knownPapers = new ArrayList<>();
    private final List<Jump> jumps = new ArrayList<>();
    private final List<KindMarker> kindMarkers = new ArrayList<>();
    private final List<Pattern> furniture = new ArrayList<>();
    private final List<Pattern> bodyOpeners = new ArrayList<>();
    /** Furniture never holds a sentence: a line with these is text. */
    private static final Pattern SENTENCE = Pattern.compile("[，。；！？,;!?]");
    private final Pattern dateline;
    private final Pattern paperName;

    LayoutLexicon(List<String[]> roleRows, List<String[]> sourceRows, List<String[]> jumpRows,
            List<String[]> kindRows, List<String[]> furnitureRows, List<String[]> bodyOpenerRows, Papers papers) {
        for (String[] r : furnitureRows) {
            furniture.add(Pattern.compile(r[0]));
        }
        for (String[] r : bodyOpenerRows) {
            bodyOpeners.add(Pattern.compile(r[0]));
        }
        for (String[] r : roleRows) {
            roleKinds.put(r[0], r.length > 1 ? r[1] : "reporter");
        }
        List<String> rs = new ArrayList<>(roleKinds.keySet());
        rs.sort(Comparator.comparingInt(String::length).reversed());
        roles = List.copyOf(rs);
        for (String[] r : sourceRows) {
            String type = r.length > 1 ? r[1] : "agency";
            switch (type) {
                case "suffix" -> paperSuffixes.add(r[0]);
                case "self" -> selfNames.add(r[0]);
                default -> agencies.add(r[0]);
            }
        }
        for (Papers.PaperInfo p : papers.all()) {
            knownPapers.add(p.name());
        }
        knownPapers.sort(Comparator.comparingInt(String::length).reversed());
        for (String[] r : jumpRows) {
            jumps.add(new Jump(Pattern.compile(r[0]), r.length < 2 || !"from".equals(r[1])));
        }
        for (String[] r : kindRows) {
            kindMarkers.add(new KindMarker(r[0], r.length > 1 ? r[1] : "other", r.length > 2 ? r[2] : "headline"));
        }
        List<String> suffixes = new ArrayList<>(paperSuffixes);
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
        String generic = "\\p{IsHan}{2,8}?(?:" + alternation(suffixes) + ")";
        List<String> named = new ArrayList<>(knownPapers);
        named.addAll(agencies);
        named.addAll(selfNames);
        named.sort(Comparator.comparingInt(String::length).reversed());
        paperName = Pattern.compile("(?:" + alternation(knownPapers) + ")|" + generic);
        String num = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
        // source, then an optional place and date, then 讯 or 电: 衡阳晚报长沙讯, 新华社长沙3月20日电
        dateline = Pattern.compile("^(?<source>" + alternation(named) + "|" + generic + ")"
                + "(?<place>\\p{IsHan}{0,6}?)(?:" + num + "月" + num + "日)?(?:讯|电)");
    }

    public static LayoutLexicon defaults() {
        return DEFAULT;
    }

    private static String alternation(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w));
        }
        return sb.length() == 0 ? "(?!)" : sb.toString();
    }

    /** Byline roles, longest first. */
    public List<String> roles() {
        return roles;
    }

    public String roleKind(String role) {
        return roleKinds.getOrDefault(role, "reporter");
    }

    /** True when {@code plain} opens the way body paragraphs do and headlines do not (3月16日，...). */
    public boolean opensLikeBody(String plain) {
        for (Pattern p : bodyOpeners) {
            if (p.matcher(plain).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A dateline at the start of {@code plain} (markers removed), or null. */
    public Matcher dateline(String plain) {
        Matcher m = dateline.matcher(plain);
        return m.find() ? m : null;
    }

    /** The paper a dateline source or byline prefix names (衡阳晚报 of 衡阳晚报长沙讯), or null for agencies and 本报. */
    public String paperOf(String source) {
        if (source == null || source.isEmpty() || agencies.contains(source) || selfNames.contains(source)) {
            return null;
        }
        Matcher m = paperName.matcher(source);
        return m.lookingAt() ? m.group() : null;
    }

    /** A paper name ending {@code prefix} (衡阳日报 of 衡阳日报全媒体记者 minus its role), or null. */
    public String paperIn(String prefix) {
        if (prefix == null || prefix.length() < 3) {
            return null;
        }
        Matcher m = paperName.matcher(prefix);
        String found = null;
        while (m.find()) {
            if (m.end() == prefix.length()) {
                found = m.group();
            }
        }
        return found;
    }

    /** True for a running head, folio or desk credit line (no article's text). */
    public boolean isFurniture(String plain) {
        if (plain.length() > 60 || SENTENCE.matcher(plain).find()) {
            return false;
        }
        for (Pattern p : furniture) {
            if (p.matcher(plain).matches()) {
                return true;
            }
        }
        return knownPaper(plain);
    }

    /** True when {@code plain} is just a paper's name (a masthead line). */
    public boolean knownPaper(String plain) {
        return knownPapers.contains(plain.replaceAll("\\s+", ""));
    }

    public List<Jump> jumps() {
        return jumps;
    }

    public List<KindMarker> kindMarkers() {
        return kindMarkers;
    }
}
