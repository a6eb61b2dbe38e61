package dibao.annotate.entity;

import dibao.layout.Credit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reporters, correspondents and photographers credited in an article: the layout's credits, and
 * as a fallback the bylines in the text itself ("（全媒体记者 张三 通讯员 李四）",
 * "■文/图 某某日报全媒体记者 王五"), so a byline the layout missed still yields its persons.
 */
final class Bylines {

    private final EntityLexicon lex = EntityLexicon.get();

    /** The role without a paper's name in front: 衡阳日报全媒体记者 -> 全媒体记者; null if none. */
    String role(String printed) {
        String r = EntityLexicon.endingAt(lex.creditRoles, printed, printed.length());
        return r;
    }

    List<Mention> fromCredits(List<Credit> credits, String text) {
        List<Mention> out = new ArrayList<>();
        for (Credit c : credits) {
            if (c.name() == null || c.name().isBlank()) {
                continue;
            }
            String role = c.role() == null ? null : role(c.role().strip());
            int at = text.indexOf(c.name());
            out.add(new Mention("person", c.name().strip(), role != null ? role : blankToNull(c.role()),
                    Math.max(0, at), at < 0 ? 0 : at + c.name().length()));
        }
        return out;
    }

    /** Persons in the bylines written in {@code text}. */
    List<Mention> fromText(String text) {
        List<Mention> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int segEnd;
            if (c == '（' || c == '(') {
                segEnd = indexOfAny(text, i + 1, "）)", 80);
            } else if (c == '■') {
                segEnd = indexOfAny(text, i + 1, "\n", 80);
                if (segEnd < 0) {
                    segEnd = Math.min(n, i + 80);
                }
            } else {
                continue;
            }
            if (segEnd < 0) {
                continue;
            }
            parseSegment(text, i + 1, segEnd, out);
        }
        return out;
    }

    /** Tokens of a byline: roles (possibly glued to a paper's name) and the names after them. */
    private void parseSegment(String text, int start, int end, List<Mention> out) {
        // the page may break a byline across lines ("全媒体记\n者"): join lines, keep spaces
        StringBuilder joined = new StringBuilder();
        List<Integer> pos = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            joined.append(c == '\u3000' ? ' ' : c);
            pos.add(i);
        }
        String s = joined.toString();
        String role = null;
        boolean anyRole = false;
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\t') {
                j++;
            }
            if (j == i) {
                break;
            }
            String tok = s.substring(i, j);
            String r = roleInside(tok);
            if (r != null) {
                anyRole = true;
                role = r;
                String rest = tok.substring(tok.indexOf(r) + r.length());
                if (isName(rest)) {
                    int at = i + tok.indexOf(r) + r.length();
                    found.add(new Mention("person", rest, role, pos.get(at), pos.get(at + rest.length() - 1) + 1));
                }
            } else if (role != null && isName(tok)) {
                found.add(new Mention("person", tok, role, pos.get(i), pos.get(j - 1) + 1));
            } else if (!tok.equals("摄") && !tok.startsWith("文") && !tok.startsWith("图")) {
                role = null;
            }
            i = j;
        }
        if (anyRole) {
            out.addAll(found);
        }
    }

    private String roleInside(String tok) {
        for (String r : lex.creditRoles) {
            int k = tok.indexOf(r);
            if (k >= 0 && k + r.length() <= tok.length()) {
                // anything in front must be a masthead (某某日报, 某某晚报 ...) or 文/图 credit marks
                String front = tok.substring(0, k);
                if (front.isEmpty() || front.matches(".*(报|社|台|网|刊|文/图|图/文|文|图)")) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean isName(String s) {
        if (s.length() < 2 || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!EntityLexicon.isHan(s.charAt(i))) {
                return false;
            }
        }
        return !s.equals("文图");
    }

    private static int indexOfAny(String text, int from, String chars, int max) {
        for (int i = from; i < text.length() && i < from + max; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
