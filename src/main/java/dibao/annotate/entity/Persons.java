package dibao.annotate.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons named in a text, with the title they hold at each mention: a title chain written in
 * front of the name ("省委常委、某市委书记某某"), a title shared by a list of names
 * ("市领导甲、乙、丙参加"), a title written after the name (某某总书记), and names without a
 * title where the context shows a person (a name followed by 表示, 介绍, 说 ...).
 */
final class Persons {

    private static final int MAX_TITLE = 40;
    private static final int MAX_ELEMENT = 25;
    /** One-char words after a name that show it acts or speaks (某某说, 某某对, 某某率). */
    private static final java.util.Set<String> SUBJECT_CHARS = java.util.Set.of("说", "称", "讲", "谈", "对", "率", "赴");

    /** Conjunctions that are also common last chars of given names (周清和, 林永同). */
    private static final java.util.Set<String> GIVEN_NAME_CONJUNCTIONS = java.util.Set.of("和", "同");

    private final EntityLexicon lex = EntityLexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** A candidate name at a position: its length and whether its end is clearly marked. */
    private record NameAt(int length, boolean strong) {
    }

    /**
     * @param blocked chars that belong to a company or a byline, where no person is looked for
     */
    List<Mention> find(String text, boolean[] blocked) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        findTitled(text, blocked, taken, out);
        findUntitled(text, blocked, taken, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private void findTitled(String text, boolean[] blocked, boolean[] taken, List<Mention> out) {
        int n = text.length();
        for (int e = 1; e < n; e++) {
            String core = EntityLexicon.endingAt(lex.titleCores, text, e);
            if (core == null || blocked[e - 1]) {
                continue;
            }
            if (lex.titlesAfterName.contains(core)) {
                if (titleAfterName(text, e - core.length(), core, blocked, taken, out)) {
                    continue;
                }
            }
            if (blocked[e] || taken[e]) {
                continue;
            }
            NameAt name = nameAt(text, e);
            if (name == null || !(name.strong() || lex.surnameOf(text.substring(e, e + name.length())) != null)) {
                continue;
            }
            if (!name.strong() && lex.surnameOf(text.substring(e, e + 1)) == null) {
                continue;
            }
            String nm = text.substring(e, e + name.length());
            // 代表团, 书记处, 领导班子: the title word goes on, there is no name here
            if (Hanlp.isWord(core + nm.charAt(0)) || Hanlp.isWord(core + nm.substring(0, 2)) || !plausible(nm, false)) {
                continue;
            }
            boolean surname = lex.surnameOf(nm) != null;
            // a name with an unlisted surname: only after a post, clearly ended, not an ordinary word
            String first = nm.substring(0, 1);
            boolean functionWord = lex.postName.contains(first) || lex.leftStops.contains(first);
            if (!surname && (nm.length() != 3 || !name.strong() || functionWord || Hanlp.isWord(nm)
                    || Hanlp.isWord(nm.substring(0, 2))
                    || "profession".equals(lex.titleKinds.get(core)) || "press".equals(lex.titleKinds.get(core)))) {
                continue;
            }
            if (surname && nm.length() == 2 && Hanlp.isCommonWord(nm)) {
                continue;
            }
            if ("profession".equals(lex.titleKinds.get(core)) && crossesWords(text, e, e + nm.length())) {
                // after an everyday role (市民, 村民) ordinary words are likelier than a name: 市民游客络绎不绝
                continue;
            }
            String title = titleBefore(text, e - core.length(), e);
            add(out, taken, nm, title, e);
            // a shared title: 市领导甲、乙、丙
            int p = e + name.length();
            while (p + 2 < n && text.charAt(p) == '、' && !blocked[p + 1]) {
                NameAt next = nameAt(text, p + 1);
                if (next == null || !next.strong()) {
                    break;
                }
                String nm2 = text.substring(p + 1, p + 1 + next.length());
                if (EntityLexicon.endingAt(lex.titleCores, nm2, nm2.length()) != null || !plausible(nm2, false)) {
                    break;
                }
                add(out, taken, nm2, title, p + 1);
                p = p + 1 + next.length();
            }
        }
    }

    /** 某某总书记: the name is the two or three chars in front of the title. */
    private boolean titleAfterName(String text, int titleStart, String core, boolean[] blocked, boolean[] taken,
                                   List<Mention> out) {
        for (int len = 3; len >= 2; len--) {
            int s = titleStart - len;
            if (s < 0 || blocked[s]) {
                continue;
            }
            String nm = text.substring(s, titleStart);
            if (allHan(nm) && lex.surnameOf(nm) != null && plausible(nm, true)) {
                add(out, taken, nm, core, s);
                return true;
            }
        }
        return false;
    }

    /** Names with no title, where a verb of saying or acting follows (某某介绍, 某某表示). */
    private void findUntitled(String text, boolean[] blocked, boolean[] taken, List<Mention> out) {
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (taken[i] || blocked[i] || !leftBounded(text, i) || lex.surnameOf(text.substring(i, i + 2)) == null) {
                continue;
            }
            NameAt name = nameAt(text, i);
            if (name == null || !name.strong()) {
                continue;
            }
            int end = i + name.length();
            String post = end < text.length() ? EntityLexicon.startingAt(lex.postName, text, end) : null;
            // a verb of saying or acting; of the one-char words only those that take a subject
            boolean verbAfter = end < text.length() && ((post != null && (post.length() >= 2 || SUBJECT_CHARS.contains(post)))
                    || text.charAt(end) == '：' || text.charAt(end) == '（');
            String nm = text.substring(i, end);
            // with only a one-char verb after it, a given name that is an ordinary word (高|水平对) is no name
            boolean weakGiven = post != null && post.length() == 1 && nm.length() == 3
                    && Hanlp.isCommonWord(nm.substring(1));
            if (verbAfter && !weakGiven && plausible(nm, true) && !crossesWords(text, i, end)) {
                add(out, taken, nm, null, i);
            }
        }
    }

    /**
     * The title in front of a title core ending at {@code end}: its chain of elements joined by
     * 、, kept while they are of one kind.
     */
    String titleBefore(String text, int coreStart, int end) {
        List<int[]> elements = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        int elemEnd = end;
        int cs = coreStart;
        String core = text.substring(coreStart, end);
        while (true) {
            int unitStart = unitsStart(text, cs);
            int boundary = boundaryStart(text, cs);
            int start;
            boolean open;
            if (boundary == unitStart) {
                start = unitStart;
                open = true;
            } else if (boundary < unitStart && cs - boundary <= MAX_ELEMENT
                    && namesInstitution(text.substring(boundary, cs))) {
                start = boundary;
                open = true;
            } else {
                start = unitStart;
                open = false;
            }
            elements.add(0, new int[] {start, elemEnd});
            String kind = lex.titleKinds.getOrDefault(core, "official");
            if (namesCompany(text.substring(start, cs))) {
                // 公司党委书记、董事长: a post held in a company chains with the company's other posts
                kind = "company";
            }
            kinds.add(0, kind);
            if (!open || start < 2 || text.charAt(start - 1) != '、' || end - start > MAX_TITLE) {
                break;
            }
            String prev = EntityLexicon.endingAt(lex.titleCores, text, start - 1);
            if (prev == null) {
                break;
            }
            elemEnd = start - 1;
            cs = elemEnd - prev.length();
            core = prev;
        }
        int last = 0;
        while (last + 1 < elements.size() && kinds.get(last + 1).equals(kinds.get(0))) {
            last++;
        }
        return text.substring(elements.get(0)[0], elements.get(last)[1]);
    }

    /** How far back the text before {@code pos} parses as title prefixes and place names. */
    private int unitsStart(String text, int pos) {
        while (pos > 0) {
            int best = 0;
            String w = EntityLexicon.endingAt(lex.titlePrefixes, text, pos);
            if (w != null) {
                best = w.length();
            }
            for (int len = Math.min(8, pos); len >= 2; len--) {
                String s = text.substring(pos - len, pos);
                if (len > best && (gazetteer.isOfficialName(s) || gazetteer.isShortName(s))) {
                    best = len;
                    break;
                }
            }
            if (pos >= 3 && text.charAt(pos - 1) == '籍') {
                for (int len = Math.min(6, pos - 1); len >= 2; len--) {
                    String s = text.substring(pos - 1 - len, pos - 1);
                    if (gazetteer.isOfficialName(s) || gazetteer.isShortName(s)) {
                        best = Math.max(best, len + 1);
                        break;
                    }
                }
            }
            if (best == 0) {
                break;
            }
            pos -= best;
        }
        return pos;
    }

    /** The nearest boundary before {@code pos}: punctuation, 、, a line break, a stop word. */
    private int boundaryStart(String text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < MAX_ELEMENT + 1) {
            char c = text.charAt(i - 1);
            if (Companies.isBoundaryChar(c) || c == '、' || c == '（' || c == '）' || c == '(' || c == ')'
                    || EntityLexicon.endingAt(lex.leftStops, text, i) != null) {
                return i;
            }
            i--;
        }
        return i == 0 ? 0 : -1;
    }

    /** Whether a title's front names an institution or a place (某某大学医学院, 某某公司, 某地籍). */
    /** The text before a title core names a company (某某有限公司, 该公司党委, 集团): every company form ends so. */
    private static boolean namesCompany(String front) {
        return front.contains("公司") || front.contains("集团");
    }

    private boolean namesInstitution(String front) {
        if (front.contains("籍")) {
            return true;
        }
        // a company's short name: a trade word after a name (千金药业董事长)
        for (int len = 2; len <= 3 && len + 2 <= front.length(); len++) {
            if (lex.orgIndustries.contains(front.substring(front.length() - len))) {
                return true;
            }
        }
        for (String t : lex.orgTypes) {
            if (front.contains(t)) {
                return true;
            }
        }
        for (int i = 0; i < front.length(); i++) {
            for (int len = 2; len <= 6 && i + len <= front.length(); len++) {
                String s = front.substring(i, i + len);
                if (gazetteer.isOfficialName(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name starting at {@code i}: two or three chars (three or four with a compound surname),
     * ending where a verb, a list mark or punctuation follows. Null when no name fits.
     */
    private NameAt nameAt(String text, int i) {
        int n = text.length();
        int base = i + 2 <= n && lex.surnames.contains(text.substring(i, i + 2)) ? 1 : 0;
        int two = 2 + base;
        int three = 3 + base;
        if (i + two > n || !allHan(text.substring(i, i + two))) {
            return null;
        }
        boolean threeHan = i + three <= n && allHan(text.substring(i, i + three));
        String third = threeHan ? EntityLexicon.startingAt(lex.postName, text, i + two) : null;
        if (third != null && GIVEN_NAME_CONJUNCTIONS.contains(third) && i + three < n) {
            // 周清和介绍: a conjunction cannot stand between a name and a verb of saying, so it is
            // the name's third char (but 严涛等参加: 等 closes a list)
            String verb = EntityLexicon.startingAt(lex.postName, text, i + three);
            if (verb != null && verb.length() >= 2) {
                return new NameAt(three, true);
            }
        }
        boolean threeOk = threeHan && third == null;
        if (threeOk && rightBoundary(text, i + three)) {
            return new NameAt(three, true);
        }
        if (rightBoundary(text, i + two)) {
            return new NameAt(two, true);
        }
        return threeOk ? new NameAt(three, false) : null;
    }

    private boolean rightBoundary(String text, int p) {
        if (p >= text.length()) {
            return true;
        }
        char c = text.charAt(p);
        return Companies.isBoundaryChar(c) || c == '、' || c == '（' || c == '(' || c == '）'
                || EntityLexicon.startingAt(lex.postName, text, p) != null;
    }

    private boolean leftBounded(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return Companies.isBoundaryChar(c) || c == '、' || c == '（' || c == '）'
                || EntityLexicon.endingAt(lex.leftStops, text, i) != null;
    }

    /** Not a place, an honorific form, a listed non-name, nor (when asked) an ordinary word. */
    private boolean plausible(String nm, boolean checkDictionary) {
        if (lex.stopNames.contains(nm) || gazetteer.isOfficialName(nm) || gazetteer.isCountyOrAboveShortName(nm)) {
            return false;
        }
        for (String h : lex.honorifics) {
            if (nm.endsWith(h) && nm.length() - h.length() <= 1) {
                return false;
            }
        }
        if (EntityLexicon.endingAt(lex.titleCores, nm, nm.length()) != null) {
            return false;
        }
        return !checkDictionary || !Hanlp.isCommonWord(nm);
    }

    /**
     * Whether an ordinary word runs across the edge of a name found without a title (全力以|赴,
     * 同|时也, 金融工|作) or opens it (游客|们): then the chars are words, not a name.
     */
    private static boolean crossesWords(String text, int s, int e) {
        for (int a = Math.max(0, s - 3); a < s; a++) {
            for (int b = s + 1; b < e; b++) {
                if (Hanlp.isCommonWord(text.substring(a, b))) {
                    return true;
                }
            }
        }
        for (int a = s + 1; a < e; a++) {
            for (int b = e + 1; b <= Math.min(text.length(), e + 3); b++) {
                if (Hanlp.isCommonWord(text.substring(a, b))) {
                    return true;
                }
            }
        }
        for (int b = s + 2; b < e; b++) {
            if (Hanlp.isCommonWord(text.substring(s, b))) {
                return true;
            }
        }
        return false;
    }

    private void add(List<Mention> out, boolean[] taken, String name, String title, int start) {
        out.add(new Mention("person", name, title, start, start + name.length()));
        for (int k = start; k < start + name.length(); k++) {
            taken[k] = true;
        }
    }

    private static boolean allHan(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!EntityLexicon.isHan(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
