package dibao.annotate.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Company names: full legal names (…有限公司, …集团股份有限公司, with brackets such as
 * 某某（衡阳）实业有限公司), short names ending with a trade word in a list of enterprises
 * ("深入甲乙重工、丙丁科技等企业"), a short 某某公司, and the short forms of a full name found
 * in the same text (its aliases). Government bodies are not companies and are not reported.
 */
final class Companies {

    private static final int MAX_NAME = 30;

    private final EntityLexicon lex = EntityLexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** Company mentions in {@code text}; a short form's mention carries the full name. */
    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        findLegal(text, out, taken);
        findWeak(text, out, taken);
        findBanks(text, out, taken);
        findListed(text, out, taken);
        findAtWorkplace(text, out, taken);
        findAliases(text, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private void findLegal(String text, List<Mention> out, boolean[] taken) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '集' && c != '股' && c != '有' && c != '公') {
                continue;
            }
            String suffix = EntityLexicon.startingAt(lex.orgLegalSuffixes, text, i);
            if (suffix == null) {
                continue;
            }
            int end = branchEnd(text, i + suffix.length());
            int start = nameStart(text, i);
            String body = text.substring(start, i);
            if (isNameBody(body)) {
                out.add(new Mention("org", text.substring(start, end), null, start, end));
                mark(taken, start, end);
            }
            i = end - 1;
        }
    }

    /** The end of a branch written after a full name (…有限公司株洲分公司), or {@code end} when none. */
    private int branchEnd(String text, int end) {
        for (int place = 0; place <= 6 && end + place < text.length(); place++) {
            String between = text.substring(end, end + place);
            if (place > 0 && !EntityLexicon.isHan(between.charAt(place - 1))) {
                break;
            }
            if (place == 0 || gazetteer.isOfficialName(between) || gazetteer.isShortName(between)) {
                String branch = EntityLexicon.startingAt(lex.orgBranches, text, end + place);
                if (branch != null) {
                    return end + place + branch.length();
                }
            }
        }
        return end;
    }

    /** 某某银行: a city's or province's bank (长沙银行) or a listed one (招商银行), with its branch. */
    private void findBanks(String text, List<Mention> out, boolean[] taken) {
        for (int i = text.indexOf("银行"); i >= 0; i = text.indexOf("银行", i + 2)) {
            if (taken[i]) {
                continue;
            }
            for (int len = Math.min(6, i); len >= 2; len--) {
                int start = i - len;
                String name = text.substring(start, i);
                boolean known = lex.bankNames.contains(name) || gazetteer.isOfficialName(name)
                        || gazetteer.isCountyOrAboveShortName(name);
                if (known && !taken[start] && isBounded(text, start)) {
                    int end = branchEnd(text, i + 2);
                    out.add(new Mention("org", text.substring(start, end), null, start, end));
                    mark(taken, start, end);
                    break;
                }
            }
        }
    }

    /** A bare 某某公司: the name must be short, bounded on its left, and not a generic phrase. */
    private void findWeak(String text, List<Mention> out, boolean[] taken) {
        for (int i = text.indexOf("公司"); i >= 0; i = text.indexOf("公司", i + 2)) {
            if (taken[i]) {
                continue;
            }
            int start = nameStart(text, i);
            String body = text.substring(start, i);
            if (body.length() < 2 || body.length() > 5 || !isBounded(text, start) || !isNameBody(body)
                    || endsGeneric(body) || Hanlp.isWord(body)) {
                continue;
            }
            out.add(new Mention("org", body + "公司", null, start, i + 2));
            mark(taken, start, i + 2);
        }
    }

    /** Items of a list of enterprises (…、…等企业) that end with a trade word. */
    private void findListed(String text, List<Mention> out, boolean[] taken) {
        for (int k = text.indexOf('等'); k >= 0; k = text.indexOf('等', k + 1)) {
            String after = text.substring(k + 1, Math.min(text.length(), k + 7));
            if (!(after.matches("^[^，。；、]{0,4}(企业|企|公司|厂).*"))) {
                continue;
            }
            int itemEnd = k;
            while (itemEnd > 0) {
                int s = itemEnd - 1;
                while (s >= 0 && text.charAt(s) != '、' && !isBoundaryChar(text.charAt(s))) {
                    s--;
                }
                int itemStart = s + 1;
                // a list may run across a line break: "…软件园、\n中联…等企业"
                int t = s;
                while (t >= 0 && Character.isWhitespace(text.charAt(t))) {
                    t--;
                }
                if (t >= 0 && t < s && text.charAt(t) == '、') {
                    s = t;
                }
                String raw = text.substring(itemStart, itemEnd);
                int cut = lastStopEnd(raw);
                int off = itemStart + cut;
                String item = raw.substring(cut);
                String trimmed = item.strip();
                off += item.indexOf(trimmed.isEmpty() ? item : trimmed);
                if (!taken[off] && trimmed.length() >= 3 && trimmed.length() <= 12
                        && endsWithIndustry(trimmed) && isNameBody(trimmed) && !containsBlank(trimmed)) {
                    out.add(new Mention("org", trimmed, null, off, off + trimmed.length()));
                    mark(taken, off, off + trimmed.length());
                }
                if (s < 0 || text.charAt(s) != '、') {
                    break;
                }
                itemEnd = s;
            }
        }
    }

    /** 某地某某电源生产车间: a place, a two-char brand and a trade word, right before its premises. */
    private void findAtWorkplace(String text, List<Mention> out, boolean[] taken) {
        for (int k = 2; k + 2 < text.length(); k++) {
            String trade = text.substring(k, k + 2);
            if (!lex.orgIndustries.contains(trade) || taken[k]
                    || EntityLexicon.startingAt(lex.orgWorkplaces, text, k + 2) == null) {
                continue;
            }
            int brand = k - 2;
            String b = text.substring(brand, k);
            if (taken[brand] || !EntityLexicon.isHan(b.charAt(0)) || !EntityLexicon.isHan(b.charAt(1))
                    || Hanlp.isWord(b) || Hanlp.isWord(b + trade) || gazetteer.isShortName(b) || gazetteer.isOfficialName(b)) {
                continue;
            }
            int start = brand;
            for (int len = Math.min(4, brand); len >= 2; len--) {
                String place = text.substring(brand - len, brand);
                if (gazetteer.isOfficialName(place) || gazetteer.isCountyOrAboveShortName(place)) {
                    start = brand - len;
                    break;
                }
            }
            if (start == brand && !isBounded(text, brand)) {
                continue;
            }
            out.add(new Mention("org", text.substring(start, k + 2), null, start, k + 2));
            mark(taken, start, k + 2);
        }
    }

    /** Short forms of the full names already found (江南物流 for 江南物流有限责任公司). */
    private void findAliases(String text, List<Mention> out, boolean[] taken) {
        List<Mention> full = new ArrayList<>(out);
        for (Mention m : full) {
            List<String> aliases = new ArrayList<>(aliasesOf(m.name()));
            aliases.sort((a, b) -> b.length() - a.length());
            for (String alias : aliases) {
                for (int i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + alias.length())) {
                    if (!taken[i]) {
                        out.add(new Mention("org", m.name(), alias, i, i + alias.length()));
                        mark(taken, i, i + alias.length());
                    }
                }
            }
        }
    }

    /** The short forms a full company name goes by: without its legal form, bracket, place, trade. */
    Set<String> aliasesOf(String fullName) {
        Set<String> out = new LinkedHashSet<>();
        String body = fullName;
        for (String s : lex.orgLegalSuffixes) {
            if (fullName.endsWith(s)) {
                body = fullName.substring(0, fullName.length() - s.length());
                break;
            }
        }
        if (body.equals(fullName) && fullName.endsWith("公司")) {
            body = fullName.substring(0, fullName.length() - 2);
        }
        if (!body.equals(fullName)) {
            addAlias(out, body, fullName);
        }
        int bracket = indexOfAny(body, "（(");
        if (bracket >= 2) {
            addAlias(out, body.substring(0, bracket), fullName);
            int close = indexOfAny(body, "）)");
            if (close > bracket) {
                addAlias(out, body.substring(0, close + 1), fullName);
            }
            addAlias(out, body.replaceAll("[（(][^）)]*[）)]", ""), fullName);
        }
        // a leading place (湖南某某科技) and a place inside the name (某某电工衡阳变压器)
        for (int i = 0; i < body.length(); i++) {
            for (int len = Math.min(4, body.length() - i); len >= 2; len--) {
                String w = body.substring(i, i + len);
                if (gazetteer.isOfficialName(w) || (gazetteer.isShortName(w) && gazetteer.resolve(w).map(p -> p.level() <= 2).orElse(false))) {
                    if (i == 0 && body.length() - len >= 2) {
                        addAlias(out, body.substring(len), fullName);
                    } else if (i >= 2) {
                        addAlias(out, body.substring(0, i), fullName);
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    private void addAlias(Set<String> out, String alias, String fullName) {
        alias = alias.strip();
        if (alias.length() >= 3 && !alias.equals(fullName) && !lex.orgGeneric.contains(alias)
                && !gazetteer.isOfficialName(alias) && !gazetteer.isShortName(alias)) {
            out.add(alias);
        }
    }

    /** Where a company name ending at {@code end} starts: after the nearest boundary or stop word. */
    int nameStart(String text, int end) {
        int i = end;
        int depth = 0;
        while (i > 0 && end - i < MAX_NAME) {
            char c = text.charAt(i - 1);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (isBoundaryChar(c) || c == '、')) {
                break;
            } else if (depth == 0 && EntityLexicon.endingAt(lex.leftStops, text, i) != null
                    && !insideKnownWord(text, i)) {
                break;
            }
            i--;
        }
        return i;
    }

    /** A stop word that is really the end of a longer ordinary word (的 in 目的) does not stop a name. */
    private boolean insideKnownWord(String text, int i) {
        return false;
    }

    private boolean isBounded(String text, int start) {
        return start == 0 || isBoundaryChar(text.charAt(start - 1)) || text.charAt(start - 1) == '、'
                || EntityLexicon.endingAt(lex.leftStops, text, start) != null;
    }

    private boolean isNameBody(String body) {
        String b = body.strip();
        if (b.length() < 2 || containsBlank(b) || lex.orgGeneric.contains(b)) {
            return false;
        }
        if (gazetteer.isOfficialName(b) || gazetteer.isShortName(b)) {
            return false;
        }
        return EntityLexicon.isHan(b.charAt(0)) || Character.isLetterOrDigit(b.charAt(0));
    }

    /** 科技公司, 平台公司, 该公司: a bare 公司 after a generic word names no company. */
    private boolean endsGeneric(String body) {
        for (int k = 0; k < body.length(); k++) {
            if (lex.orgGeneric.contains(body.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithIndustry(String item) {
        for (int k = 2; k <= 3 && k < item.length(); k++) {
            if (lex.orgIndustries.contains(item.substring(item.length() - k))) {
                return true;
            }
        }
        return false;
    }

    private int lastStopEnd(String raw) {
        int best = 0;
        for (int i = raw.length() - 2; i >= 1; i--) {
            if (EntityLexicon.endingAt(lex.leftStops, raw, i) != null) {
                String w = EntityLexicon.endingAt(lex.leftStops, raw, i);
                if (w.length() >= 2) {
                    return i;
                }
            }
        }
        return best;
    }

    static boolean isBoundaryChar(char c) {
        return "，。；：！？“”‘’\"《》【】[]·•■□\n\r\t ,.;:!?…—　".indexOf(c) >= 0;
    }

    private static boolean containsBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            taken[i] = true;
        }
    }
}
