package dibao.layout;

import dibao.page.Page;
import dibao.text.MappedText;
import dibao.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into blocks and groups them into articles. First cut: blocks are the runs of
 * text between blank lines; a run of short unpunctuated blocks after body text opens an article.
 */
public final class LayoutAnalyzer {

    public PageLayout analyze(Page page) {
        String t = page.text();
        List<Span> blocks = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && isBlank(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && t.charAt(i) != '\n') {
                i++;
            }
            int e = i;
            while (e > s && isBlank(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                blocks.add(new Span(s, e));
            }
        }
        List<LaidOutArticle> out = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        boolean body = false;
        for (Span b : blocks) {
            boolean title = isTitle(b.of(t));
            if (title && body && !cur.isEmpty()) {
                out.add(article(t, out.size() + 1, cur));
                cur = new ArrayList<>();
                body = false;
            }
            cur.add(b);
            body |= !title;
        }
        if (!cur.isEmpty()) {
            out.add(article(t, out.size() + 1, cur));
        }
        return new PageLayout(null, out);
    }

    private static LaidOutArticle article(String t, int n, List<Span> spans) {
        MappedText.Builder b = new MappedText.Builder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.insert("\n");
            }
            b.append(t, s);
        }
        String headline = isTitle(spans.get(0).of(t)) ? spans.get(0).of(t) : null;
        return new LaidOutArticle("a" + n, "news", headline, List.of(), null, List.of(), spans, List.of(), null, null,
                b.build());
    }

    private static boolean isTitle(String s) {
        return s.length() <= 40 && !s.matches(".*[。；！？]$");
    }

    private static boolean isBlank(char c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u3000' || c == '\uFEFF';
    }
}
