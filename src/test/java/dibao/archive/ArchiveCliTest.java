package dibao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end: ingest with the real extraction pipeline, search, facts, export. */
class ArchiveCliTest {

    @TempDir
    Path tmp;

    @Test
    void ingestSearchExportWithTheRealPipeline() throws Exception {
        Path pages = tmp.resolve("pages");
        TestPages.writeMixedFolder(pages);
        String data = tmp.resolve("data").toString();

        CliRun ingest = CliRun.of("ingest", "--data", data, pages.toString());
        assertEquals(1, ingest.code(), ingest.err());   // some files failed
        assertTrue(ingest.out().startsWith("ingested 3 pages (0 skipped unchanged)"), ingest.out());
        assertTrue(ingest.out().contains(" 3 failures"), ingest.out());
        assertTrue(ingest.err().contains("scan.txt: binary file"), ingest.err());

        CliRun search = CliRun.of("search", "--data", data, "--json", "乡村振兴");
        assertEquals(0, search.code(), search.err());
        JsonNode r = new ObjectMapper().readTree(search.out());
        assertEquals(1, r.get("total").asInt());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("2024-04-12", hit.get("date").asText());
        JsonNode snippet = hit.get("snippet");
        JsonNode first = snippet.get("highlights").get(0);
        String marked = snippet.get("text").asText().substring(first.get("start").asInt(), first.get("end").asInt());
        assertTrue("乡村振兴".contains(marked) && !marked.isEmpty(), marked);
        assertEquals(1, r.get("facets").get("month").size());

        CliRun text = CliRun.of("search", "--data", data, "生产线");
        assertTrue(text.out().startsWith("1 articles match"), text.out());
        assertTrue(text.out().contains("【生产线】"), text.out());

        Path out = tmp.resolve("export");
        CliRun export = CliRun.of("export", "--data", data, "--format", "parquet", "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.size(out.resolve("articles.parquet")) > 0);

        CliRun missing = CliRun.of("search", "--data", tmp.resolve("nothing").toString(), "外贸");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no archive in") && missing.err().contains("dibao ingest"), missing.err());
    }

    @Test
    void factsJsonOnAnArchiveOfKnownFigures() throws Exception {
        Path pages = tmp.resolve("pages");
        TestPages.writeMixedFolder(pages);
        Path data = tmp.resolve("data");
        new Ingester(data, null, 1, null, () -> TestPages::stubExtract).run(List.of(pages));

        CliRun facts = CliRun.of("facts", "--data", data.toString(), "--subject", "临澧县", "--indicator", "进出口总额", "--json");
        assertEquals(0, facts.code(), facts.err());
        JsonNode rows = new ObjectMapper().readTree(facts.out());
        assertEquals(2, rows.size());   // the amount (with its change) and the change itself
        JsonNode amount = rows.get(0);
        assertEquals(2.86e9, amount.get("value").asDouble());
        assertEquals("CNY", amount.get("unit").asText());
        assertEquals("2024-01/2024-03", amount.get("period").asText());
        assertEquals(12.4, amount.get("change").asDouble());
        assertEquals("01.txt", amount.get("source").asText());

        CliRun csv = CliRun.of("facts", "--data", data.toString(), "--indicator", "外贸进出口", "--kind", "amount", "--csv");
        List<String> lines = csv.out().lines().toList();
        assertEquals(2, lines.size(), csv.out());
        assertTrue(lines.get(1).startsWith("临澧县,外贸进出口,2024-01/2024-03,2860000000,CNY,,amount,12.4,%,28.6亿元,"),
                lines.get(1));
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"ingest", "search", "facts", "export", "bench-archive"}) {
            CliRun help = CliRun.of(cmd, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Usage: dibao " + cmd), help.out());
        }
    }
}
