package dibao.web;

import dibao.doc.Article;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three invented pages of invented papers (江岭日报, 湘川晚报) about an invented city, written for the
 * web tests: a figure reported by two papers, a title that changes, a page that carries markup.
 */
final class WebFixtures {

    static final String HOSTILE_HEADLINE = "网友留言<script>window.__pwned=1;alert('x')</script>引热议";
    static final String HOSTILE_NAME = "<img src=x onerror=\"window.__pwned=2\">科技公司";

    static final String PAGE_1 = """
            江岭日报
            2023年3月15日 星期三　第一版

            江岭外贸实现开门红
            1—2月进出口总额同比增长两成

            江岭日报讯（记者 林晓岚）今年1—2月，我市进出口总额达86.5亿元，
            同比增长21.3%。其中出口52.1亿元。市商务局局长周明远介绍，新材料产
            业园贡献明显，江岭宏达新材料有限公司出口订单排到了年底。

            春耕备耕有序推进
            江岭日报讯 全市已落实早稻种植面积120万亩，江岭农机合作社投入农机
            3200台，确保不误农时。
            """;

    static final String PAGE_2 = """
            湘川晚报
            2023年4月20日　A3 城市

            江岭一季度进出口增势强劲
            本报讯（记者 唐雨）一季度，江岭市进出口总额达131.2亿元，同比增长
            19.8%。1—2月该市进出口总额为86.5亿元。副市长周明远表示，将继续支持
            江岭宏达新材料有限公司等企业开拓市场。
            """;

    static final String PAGE_3 = """
            江岭日报
            2023年5月10日 星期三　第三版

            网友留言<script>window.__pwned=1;alert('x')</script>引热议
            江岭日报讯 1—4月，我市进出口总额178.9亿元，其中出口110.2亿元、进
            口60.1亿元。<img src=x onerror="window.__pwned=2">科技公司表示，订单饱满。

            （转载）1—4月，我市进出口总额178.9亿元，其中出口110.2亿元、进
            """;

    private WebFixtures() {
    }

    static FakeArchive archive() {
        return new FakeArchive(List.of(page1(), page2(), page3()));
    }

    static FakeArchive.Issue page1() {
        Builder b = new Builder("jl-20230315-01.txt", "江岭日报", "2023-03-15", PAGE_1);
        b.article("a1", "江岭外贸实现开门红", List.of("1—2月进出口总额同比增长两成"), "江岭日报讯", List.of("林晓岚"),
                "江岭外贸实现开门红", "出口订单排到了年底。");
        b.fact("a1", "86.5亿元", 8_650_000_000d, "CNY", "amount", "江岭市", "进出口总额", "2023-01/2023-02");
        b.fact("a1", "21.3%", 21.3, "%", "change", "江岭市", "进出口总额", "2023-01/2023-02");
        b.fact("a1", "52.1亿元", 5_210_000_000d, "CNY", "amount", "江岭市", "出口总额", "2023-01/2023-02");
        b.article("a2", "春耕备耕有序推进", List.of(), "江岭日报讯", List.of(), "春耕备耕有序推进", "确保不误农时。");
        b.fact("a2", "120万亩", 1_200_000d, "mu", "measure", "江岭市", "早稻种植面积", "2023");
        b.fact("a2", "3200台", 3200, "台", "count", "江岭农机合作社", "投入农机", "2023");
        b.entity(new Entity("person", "周明远", "市商务局局长", List.of(), null, null, List.of("a1")));
        b.entity(new Entity("org", "江岭宏达新材料有限公司", null, List.of(), null, null, List.of("a1")));
        b.entity(new Entity("org", "江岭农机合作社", null, List.of(), null, null, List.of("a2")));
        b.entity(new Entity("place", "江岭市", null, List.of("江岭"), null, null, List.of("a1", "a2")));
        return b.issue();
    }

    static FakeArchive.Issue page2() {
        Builder b = new Builder("xc-20230420-a3.txt", "湘川晚报", "2023-04-20", PAGE_2);
        b.article("a1", "江岭一季度进出口增势强劲", List.of(), "本报讯", List.of("唐雨"), "江岭一季度进出口增势强劲", "开拓市场。");
        b.fact("a1", "131.2亿元", 13_120_000_000d, "CNY", "amount", "江岭市", "进出口总额", "2023-01/2023-03");
        b.fact("a1", "19.8%", 19.8, "%", "change", "江岭市", "进出口总额", "2023-01/2023-03");
        b.fact("a1", "86.5亿元", 8_650_000_000d, "CNY", "amount", "江岭市", "进出口总额", "2023-01/2023-02");
        b.entity(new Entity("person", "周明远", "副市长", List.of(), null, null, List.of("a1")));
        b.entity(new Entity("org", "江岭宏达新材料有限公司", null, List.of(), null, null, List.of("a1")));
        b.entity(new Entity("place", "江岭市", null, List.of("江岭"), null, null, List.of("a1")));
        return b.issue();
    }

    static FakeArchive.Issue page3() {
        Builder b = new Builder("jl-20230510-03.txt", "江岭日报", "2023-05-10", PAGE_3);
        b.article("a1", HOSTILE_HEADLINE, List.of(), "江岭日报讯", List.of(), "网友留言", "订单饱满。");
        b.duplicate("a1", "（转载）1—4月", "出口110.2亿元、进\n");
        b.fact("a1", "178.9亿元", 17_890_000_000d, "CNY", "amount", "江岭市", "进出口总额", "2023-01/2023-04",
                new Check("parts_sum", false, "出口与进口之和170.3亿元，与总额178.9亿元不符", Map.of()));
        b.fact("a1", "110.2亿元", 11_020_000_000d, "CNY", "amount", "江岭市", "出口总额", "2023-01/2023-04",
                new Check("previous_period", true, "不低于1—2月的52.1亿元", Map.of()));
        b.entity(new Entity("org", HOSTILE_NAME, null, List.of(), null, null, List.of("a1")));
        b.entity(new Entity("place", "江岭市", null, List.of(), null, null, List.of("a1")));
        return b.issue();
    }

    /** Builds one page's document, finding every span by the text it covers. */
    static final class Builder {
        private final String source;
        private final String paper;
        private final String date;
        private final String text;
        private final List<Article> articles = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();

        Builder(String source, String paper, String date, String text) {
            this.source = source;
            this.paper = paper;
            this.date = date;
            this.text = text;
        }

        /** An article from the first occurrence of {@code first} to the end of {@code last} after it. */
        void article(String id, String headline, List<String> subs, String dateline, List<String> reporters,
                     String first, String last) {
            int start = find(first, 0);
            int end = find(last, start) + last.length();
            String clean = text.substring(start, end).replace("\n", "").replace("　", "");
            articles.add(new Article(id, "news", headline, subs, dateline, reporters, List.of(new Span(start, end)),
                    List.of(), null, null, clean));
        }

        void duplicate(String id, String first, String last) {
            int start = find(first, 0);
            int end = find(last, start) + last.length();
            Article a = articles.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            articles.set(articles.indexOf(a), new Article(a.id(), a.kind(), a.headline(), a.subheadlines(), a.dateline(),
                    a.reporters(), a.spans(), List.of(new Span(start, end)), null, null, a.text()));
        }

        /** A figure: the first occurrence of {@code literal} inside the article. */
        void fact(String articleId, String literal, double value, String unit, String kind, String subject,
                  String indicator, String period, Check... checks) {
            Article a = articles.stream().filter(x -> x.id().equals(articleId)).findFirst().orElseThrow();
            int at = find(literal, a.spans().get(0).start());
            facts.add(new Fact(new Span(at, at + literal.length()), literal, value, unit, null, kind, subject, indicator,
                    period, articleId, List.of(checks)));
        }

        void entity(Entity e) {
            entities.add(e);
        }

        private int find(String s, int from) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                throw new IllegalArgumentException("not on the page: " + s);
            }
            return at;
        }

        FakeArchive.Issue issue() {
            return new FakeArchive.Issue(new ExtractionDocument(source, paper, date, articles, facts, entities), text);
        }
    }
}
