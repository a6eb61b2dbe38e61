package dibao.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the people a byline credits: {@code 全媒体记者 张晓 通讯员 李中 王东} gives one
 * reporter and two correspondents; {@code ■江城晚报全媒体记者 赵六 摄} a photographer. A role
 * prefixed by a paper (衡阳日报全媒体记者) also tells which paper the page is.
 */
final class Bylines {

    /** Credits read from a byline and the paper named in it, if any. */
    record Parsed(List<Credit> credits, List<String> papers, boolean photo, boolean onlyByline) {
    }

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,；;：:（）()\\[\\]【】■●▲*#]+");

    private final LayoutLexicon lexicon;

    Bylines(LayoutLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Parsed parse(String byline) {
        List<Credit> credits = new ArrayList<>();
        List<String> papers = new ArrayList<>();
        boolean photo = false;
        String role = null;
        boolean onlyByline = true;
        for (String token : SEPARATORS.split(byline)) {
            if (token.isEmpty()) {
                continue;
            }
            onlyByline &= consumed(token);
            String trailingRole = null;
            if (token.equals("摄") || token.equals("摄影")) {
                photo = true;
                continue;
            }
            String r = roleEnding(token);
            if (r != null && r.length() == 1 && !token.equals(r)
                    && !(r.equals("摄") && NAME.matcher(token.substring(0, token.length() - 1)).matches())) {
                r = null; // 李文 is a name, not the role 文
            }
            if (r != null) {
                String prefix = token.substring(0, token.length() - r.length());
                String paper = lexicon.paperIn(prefix);
                if (paper != null) {
                    papers.add(paper);
                    role = r;
                    continue;
                }
                if (prefix.isEmpty() || prefix.endsWith("/")) {
                    role = r;
                    continue;
                }
                if (NAME.matcher(prefix).matches() && (r.equals("摄") || r.equals("摄影"))) {
                    // 张三摄: the name comes first
                    credits.add(new Credit(r, prefix));
                    photo = true;
                    continue;
                }
                trailingRole = r;
            }
            String lead = roleStarting(token);
            if (lead != null && NAME.matcher(token.substring(lead.length())).matches()) {
                role = lead;
                credits.add(new Credit(role, token.substring(lead.length())));
                continue;
            }
            if (role != null && trailingRole == null && NAME.matcher(token).matches()) {
                credits.add(new Credit(role, token));
                continue;
            }
            if (role != null && credits.isEmpty() && trailingRole == null) {
                continue;
            }
            if (!NAME.matcher(token).matches() && role != null && !credits.isEmpty()) {
                break; // the byline is over: body text follows
            }
        }
        return new Parsed(credits, papers, photo, onlyByline);
    }

    /** True when a token is a role, a name, a paper-prefixed role or a photo mark. */
    private boolean consumed(String token) {
        if (token.equals("摄") || token.equals("摄影") || NAME.matcher(token).matches()) {
            return true;
        }
        String r = roleEnding(token);
        if (r != null) {
            String prefix = token.substring(0, token.length() - r.length());
            return prefix.isEmpty() || prefix.endsWith("/") || lexicon.paperIn(prefix) != null
                    || NAME.matcher(prefix).matches();
        }
        String lead = roleStarting(token);
        return lead != null && NAME.matcher(token.substring(lead.length())).matches();
    }

    /** The longest role {@code token} ends with, or null. */
    String roleEnding(String token) {
        for (String r : lexicon.roles()) {
            if (token.endsWith(r)) {
                return r;
            }
        }
        return null;
    }

    private String roleStarting(String token) {
        for (String r : lexicon.roles()) {
            if (r.length() >= 2 && token.startsWith(r) && token.length() > r.length()) {
                return r;
            }
        }
        return null;
    }

    /** True when {@code plain} holds a byline role word (记者, 通讯员, 文/图, 摄 ...). */
    boolean hasRole(String plain) {
        for (String token : SEPARATORS.split(plain)) {
            if (token.isEmpty()) {
                continue;
            }
            String r = roleEnding(token);
            if (r != null && (r.length() >= 2 || token.length() == r.length())) {
                return true;
            }
            if (roleStarting(token) != null) {
                return true;
            }
        }
        return false;
    }
}
