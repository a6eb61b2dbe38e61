package dibao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.archive.Archive;
import dibao.archive.ChineseAnalyzers;
import dibao.archive.Ingester;
import dibao.doc.ExtractionDocument;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real archive behind the server: three invented pages are ingested (with their hand-written
 * extraction documents, so the test does not hang on extraction quality), then searched and read
 * through the HTTP API.
 */
class ArchiveWebEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void ingestedPagesAreSearchableAndReadableOverHttp() throws Exception {
        List<FakeArchive.Issue> issues = List.of(WebFixtures.page1(), WebFixtures.page2(), WebFixtures.page3());
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        for (FakeArchive.Issue issue : issues) {
            Files.writeString(pages.resolve(issue.doc().source()), issue.pageText(), StandardCharsets.UTF_8);
        }
        Map<String, ExtractionDocument> docs = issues.stream()
                .collect(Collectors.toMap(i -> i.doc().source(), FakeArchive.Issue::doc));
        Path data = tmp.resolve("data");
        new Ingester(data, ChineseAnalyzers.SMARTCN, 1, null,
                () -> page -> docs.get(Path.of(page.source()).getFileName().toString()))
                .run(List.of(pages));

        HttpClient http = HttpClient.newHttpClient();
        try (Archive archive = Archive.open(data);
             WebServer server = WebServer.start(new ArchiveAdapter(archive), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            JsonNode found = get(http, base + "/api/search?q=" + enc("进出口"));
            assertEquals(3, found.path("total").asInt(), found.toString());
            List<String> marked = new ArrayList<>();
            found.path("hits").forEach(h -> h.path("snippet").forEach(f -> {
                if (f.path("match").asBoolean()) {
                    marked.add(f.path("text").asText());
                }
            }));
            assertTrue(marked.stream().anyMatch(m -> m.contains("进出口")), marked.toString());

            JsonNode narrowed = get(http, base + "/api/search?q=" + enc("进出口") + "&paper=" + enc("湘川晚报"));
            assertEquals(1, narrowed.path("total").asInt());
            String id = narrowed.path("hits").get(0).path("id").asText();

            JsonNode article = get(http, base + "/api/articles/" + enc(id));
            assertEquals("江岭一季度进出口增势强劲", article.path("headline").asText());
            assertEquals(WebFixtures.PAGE_2, article.path("page_text").asText());
            JsonNode fact = article.path("facts").get(0);
            int[] span = {fact.path("span").get(0).asInt(), fact.path("span").get(1).asInt()};
            assertEquals("131.2亿元", WebFixtures.PAGE_2.substring(span[0], span[1]));

            JsonNode series = get(http, base + "/api/series?subject=" + enc("江岭市") + "&indicator=" + enc("进出口总额"));
            List<String> periods = new ArrayList<>();
            series.path("line").forEach(p -> periods.add(p.path("period").asText()));
            assertEquals(List.of("2023-01/2023-02", "2023-01/2023-03", "2023-01/2023-04"), periods);

            JsonNode person = get(http, base + "/api/entities/person/" + enc("周明远"));
            assertEquals(2, person.path("articles").size());
            List<String> titles = new ArrayList<>();
            person.path("titles").forEach(t -> titles.add(t.path("date").asText() + " " + t.path("title").asText()));
            assertEquals(List.of("2023-03-15 市商务局局长", "2023-04-20 副市长"), titles);
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
