package dibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final String PAGE = "\n\n云溪县春茶开采量同比增长两成\n\n"
            + "云溪日报讯（全媒体记者 林晓峰）近日，云溪县春茶陆续开采，全县茶园面积达到3.2万亩。\n\n"
            + "走进枫林乡的生态茶园，采茶工人正忙着采摘新芽。\n";

    @TempDir
    Path dir;

    @Test
    void brokenPageIsReportedAndTheGoodOneStillWritten() throws Exception {
        Path broken = Files.write(dir.resolve("broken.txt"), new byte[0]);
        Path good = Files.writeString(dir.resolve("good.txt"), PAGE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("extract", "--date", "2023-03-17", "--out", out.toString(), broken.toString(), good.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.txt"), r.err());
        assertTrue(r.err().contains("empty"), r.err());
        assertFalse(r.err().contains("good.txt"), r.err());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out.resolve("good.json")));
        assertEquals("good.txt", doc.get("source").asText());
        assertEquals("云溪日报", doc.get("paper").asText());
        assertEquals("2023-03-17", doc.get("date").asText());
        assertEquals("云溪县春茶开采量同比增长两成", doc.get("articles").get(0).get("headline").asText());
        assertFalse(Files.exists(out.resolve("broken.json")));
    }

    @Test
    void binaryPageIsReportedWithItsReason() throws Exception {
        Path binary = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 0, 7, 1});
        CliRun r = CliRun.of("extract", binary.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("scan.pdf") && r.err().contains("binary"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void gb18030PageGivesSpansInChars() throws Exception {
        Path gbk = Files.write(dir.resolve("gbk.txt"), PAGE.getBytes(Charset.forName("GB18030")));
        CliRun r = CliRun.of("extract", gbk.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode article = new ObjectMapper().readTree(r.out()).get("articles").get(0);
        JsonNode first = article.get("spans").get(0);
        assertEquals(PAGE.indexOf("云溪县春茶"), first.get(0).asInt());
        assertEquals(PAGE.indexOf("两成") + 2, first.get(1).asInt());
    }

    @Test
    void bomStaysInTheOffsets() throws Exception {
        Path bom = Files.writeString(dir.resolve("bom.txt"), "\uFEFF" + PAGE, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("extract", bom.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode first = new ObjectMapper().readTree(r.out()).get("articles").get(0).get("spans").get(0);
        assertEquals(PAGE.indexOf("云溪县春茶") + 1, first.get(0).asInt());
    }

    /**
     * The whole pipeline on a 5 MB page (about 15 s on one core). The bound is loose on purpose:
     * it catches a stage going quadratic, not a few per cent; speed is measured by `dibao bench`.
     */
    @Test
    void hugePageIsExtractedInReasonableTime() throws Exception {
        String huge = new PageGenerator(5, "云溪日报").page(5_000_000);
        Path f = Files.writeString(dir.resolve("huge.txt"), huge, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        CliRun r = CliRun.of("extract", "--out", out.toString(), f.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.code(), r.err());
        assertTrue(seconds < 180, "5 MB page took " + seconds + " s");
        JsonNode doc = new ObjectMapper().readTree(out.resolve("huge.json").toFile());
        assertTrue(doc.get("articles").size() > 1000, "articles: " + doc.get("articles").size());
    }

    @Test
    void benchPrintsPagesPerSecond() {
        CliRun r = CliRun.of("bench", "--pages", "5", "--chars", "3000", "--rounds", "1", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pages/s") && r.out().contains("chars/s"), r.out());
    }
}
