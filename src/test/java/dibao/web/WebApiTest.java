package dibao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over plain HTTP on an ephemeral port, against the invented pages of {@link WebFixtures}. */
class WebApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(WebFixtures.archive(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json;charset=utf-8", contentType(r));
        return JSON.readTree(r.body());
    }

    /** A 400 whose JSON names the parameter at fault. */
    static JsonNode bad(String pathAndQuery, String parameter) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(parameter, body.path("parameter").asText(), r.body());
        assertFalse(body.path("error").asText().isBlank());
        return body;
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void searchFindsArticlesWithHighlightedSnippetsAndFacets() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("进出口总额"));
        assertEquals(3, r.path("total").asInt());
        JsonNode first = r.path("hits").get(0);
        assertEquals("jl-20230510-03.a1", first.path("id").asText(), "newest issue first");
        List<String> matched = new ArrayList<>();
        first.path("snippet").forEach(f -> {
            if (f.path("match").asBoolean()) {
                matched.add(f.path("text").asText());
            }
        });
        assertEquals(List.of("进出口总额"), matched.subList(0, 1));
        assertEquals(List.of("江岭日报", "湘川晚报"), values(r.path("facets").path("paper"), "value"));
        assertEquals(List.of("2", "1"), values(r.path("facets").path("paper"), "count"));
        assertEquals(List.of("2023-03", "2023-04", "2023-05"), values(r.path("facets").path("month"), "value").stream().sorted().toList());
        assertTrue(values(r.path("facets").path("person"), "value").contains("周明远"));
    }

    @Test
    void searchFiltersNarrowTheResults() throws Exception {
        assertEquals(1, ok("/api/search?q=" + enc("进出口总额") + "&paper=" + enc("湘川晚报")).path("total").asInt());
        assertEquals(2, ok("/api/search?q=" + enc("进出口总额") + "&person=" + enc("周明远")).path("total").asInt());
        JsonNode april = ok("/api/search?q=" + enc("进出口总额") + "&from=2023-04&to=2023-04");
        assertEquals(List.of("xc-20230420-a3.a1"), values(april.path("hits"), "id"));
        assertEquals("2023-04-30", april.path("query").path("to").asText(), "a month bound runs to its last day");
        assertEquals(1, ok("/api/search?org=" + enc("江岭农机合作社")).path("total").asInt());
    }

    @Test
    void searchRefusesMalformedParameters() throws Exception {
        assertTrue(bad("/api/search?q=x&from=2023-13-45", "from").path("error").asText().contains("2023-13-45"));
        bad("/api/search?to=yesterday", "to");
        bad("/api/search?from=2023-05-01&to=2023-04-01", "to");
        assertTrue(bad("/api/search?q=x&colour=red", "colour").path("error").asText().contains("unknown parameter"));
        assertTrue(bad("/api/search?q=" + enc("author:林晓岚"), "q").path("error").asText().contains("author"));
        bad("/api/search?q=x&limit=many", "limit");
        bad("/api/search?q=x&limit=1000", "limit");
        bad("/api/search?q=a&q=b", "q");
        assertEquals(200, get("/api/search?q=" + enc("headline:外贸")).statusCode(), "a known field is fine");
    }

    @Test
    void articleCarriesPageTextSpansAndMarks() throws Exception {
        JsonNode a = ok("/api/articles/jl-20230315-01.a1");
        assertEquals("江岭外贸实现开门红", a.path("headline").asText());
        assertEquals("江岭日报", a.path("paper").asText());
        String page = a.path("page_text").asText();
        assertEquals(WebFixtures.PAGE_1, page);
        JsonNode span = a.path("spans").get(0);
        assertTrue(page.substring(span.get(0).asInt(), span.get(1).asInt()).startsWith("江岭外贸实现开门红"));
        JsonNode fact = a.path("facts").get(0);
        assertEquals("86.5亿元", page.substring(fact.path("span").get(0).asInt(), fact.path("span").get(1).asInt()));
        String text = a.path("text").asText();
        List<String> marked = new ArrayList<>();
        a.path("marks").forEach(m -> marked.add(m.path("type").asText() + ":"
                + text.substring(m.path("span").get(0).asInt(), m.path("span").get(1).asInt())));
        assertTrue(marked.containsAll(List.of("fact:86.5亿元", "fact:21.3%", "fact:52.1亿元", "person:周明远",
                "org:江岭宏达新材料有限公司")), marked.toString());
        assertTrue(marked.contains("place:江岭"), "an alias is marked too: " + marked);
    }

    @Test
    void articleSpansAreCodePointsOnPagesWithSupplementaryCharacters() throws Exception {
        String page = "𠀀𠀁报\n标题\n数量为12家。\n";
        var b = new WebFixtures.Builder("sup.txt", "某报", "2023-01-02", page);
        b.article("a1", "标题", List.of(), null, List.of(), "标题", "12家。");
        b.fact("a1", "12家", 12, "家", "count", "某市", "企业数量", "2023");
        try (WebServer s = WebServer.start(new FakeArchive(List.of(b.issue())), "127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + s.port() + "/api/articles/sup.a1")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode fact = JSON.readTree(r.body()).path("facts").get(0).path("span");
            int[] cps = page.codePoints().toArray();
            assertEquals("12家", new String(cps, fact.get(0).asInt(), fact.get(1).asInt() - fact.get(0).asInt()));
        }
    }

    @Test
    void unknownArticleIs404WithJson() throws Exception {
        HttpResponse<String> r = get("/api/articles/nope.a9");
        assertEquals(404, r.statusCode());
        assertEquals("id", JSON.readTree(r.body()).path("parameter").asText());
        HttpResponse<String> e = get("/api/nothing-here");
        assertEquals(404, e.statusCode());
        assertTrue(JSON.readTree(e.body()).path("error").asText().contains("/api/nothing-here"));
    }

    @Test
    void factsFilterBySubjectIndicatorAndPeriod() throws Exception {
        JsonNode all = ok("/api/facts?subject=" + enc("江岭市") + "&indicator=" + enc("进出口总额"));
        assertEquals(6, all.path("total").asInt());
        JsonNode march = ok("/api/facts?subject=" + enc("江岭市") + "&indicator=" + enc("进出口总额")
                + "&from=2023-03&to=2023-03");
        assertEquals(List.of("131.2亿元", "19.8%", "178.9亿元"), values(march.path("facts"), "text"),
                "a figure counts when its period overlaps the range (Jan-Apr overlaps March)");
        JsonNode byPaper = ok("/api/facts?paper=" + enc("湘川晚报"));
        assertEquals(3, byPaper.path("total").asInt());
        assertEquals("湘川晚报", byPaper.path("facts").get(0).path("paper").asText());
        bad("/api/facts?from=2023-02-30", "from");
        bad("/api/facts?kind=amount", "kind");
    }

    @Test
    void seriesOrdersPeriodsAndVotesOnePointPerPeriod() throws Exception {
        JsonNode s = ok("/api/series?subject=" + enc("江岭市") + "&indicator=" + enc("进出口总额"));
        assertEquals("CNY", s.path("unit").asText());
        assertEquals(List.of("CNY", "%"), values(s.path("units"), "").size() == 2
                ? List.of(s.path("units").get(0).asText(), s.path("units").get(1).asText()) : List.of());
        assertEquals(List.of("2023-01/2023-02", "2023-01/2023-03", "2023-01/2023-04"), values(s.path("line"), "period"));
        assertEquals(8.65e9, s.path("line").get(0).path("value").asDouble(), 1);
        assertEquals(2, s.path("line").get(0).path("reports").asInt(), "two papers printed the Jan-Feb figure");
        JsonNode failed = s.path("facts").get(s.path("facts").size() - 1);
        assertEquals("178.9亿元", failed.path("text").asText());
        assertFalse(failed.path("checks").get(0).path("passed").asBoolean());
        assertEquals("jl-20230510-03.a1", failed.path("article").asText());
        bad("/api/series?subject=" + enc("江岭市"), "indicator");
        bad("/api/series?indicator=x", "subject");
    }

    @Test
    void aFigureWithoutAPeriodIsPlacedAtItsIssueDate() throws Exception {
        String page = "某报\n标题\n全县新增企业120家。\n";
        var b = new WebFixtures.Builder("undated.txt", "某报", "2023-06-01", page);
        b.article("a1", "标题", List.of(), null, List.of(), "标题", "120家。");
        b.fact("a1", "120家", 120, "家", "count", "某县", "新增企业", null);
        try (WebServer s = WebServer.start(new FakeArchive(List.of(b.issue())), "127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/series?subject=" + enc("某县") + "&indicator=" + enc("新增企业"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode point = JSON.readTree(r.body()).path("line").get(0);
            assertEquals("2023-06-01", point.path("period").asText());
            assertTrue(point.path("by_issue_date").asBoolean());
        }
    }

    @Test
    void entitiesListAndDetailWithTitlesOverTime() throws Exception {
        JsonNode people = ok("/api/entities?type=person");
        assertEquals(List.of("周明远"), values(people.path("entities"), "name"));
        assertEquals(2, people.path("entities").get(0).path("articles").asInt());
        assertEquals(List.of("江岭宏达新材料有限公司"), values(ok("/api/entities?type=org&q=" + enc("宏达")).path("entities"), "name"));
        JsonNode zhou = ok("/api/entities/person/" + enc("周明远"));
        assertEquals(List.of("市商务局局长", "副市长"), values(zhou.path("titles"), "title"));
        assertEquals(List.of("2023-03-15", "2023-04-20"), values(zhou.path("titles"), "date"));
        assertEquals(2, zhou.path("articles").size());
        bad("/api/entities?type=company", "type");
        bad("/api/entities/company/" + enc("周明远"), "type");
        assertEquals(404, get("/api/entities/person/" + enc("无名氏")).statusCode());
    }

    @Test
    void indicatorsListsSubjectIndicatorPairs() throws Exception {
        JsonNode r = ok("/api/indicators?subject=" + enc("江岭市"));
        assertEquals("进出口总额", r.path("indicators").get(0).path("indicator").asText());
        assertEquals(6, r.path("indicators").get(0).path("facts").asInt());
    }

    @Test
    void pagesAndScriptsAreUtf8WithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(page));
        assertTrue(page.body().contains("地报档案"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        for (String path : List.of("/articles/x", "/entities", "/entities/person/x", "/indicators")) {
            assertEquals("text/html;charset=utf-8", contentType(get(path)), path);
        }
        HttpResponse<String> js = get("/vendor/echarts.min.js");
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(js));
        assertEquals(200, get("/static/app.css").statusCode());
        assertEquals(404, get("/static/..%2Fvendor%2Fecharts.min.js").statusCode());
        assertEquals(404, get("/static/missing.js").statusCode());
    }
}
