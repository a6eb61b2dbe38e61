package dibao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIngestTest {

    @TempDir
    Path tmp;

    private Ingester ingester(Path data) {
        return new Ingester(data, null, 2, null, () -> TestPages::stubExtract);
    }

    @Test
    void goodAndBadPagesThenReingestDuplicatesNothing() throws Exception {
        Path pages = tmp.resolve("pages");
        TestPages.writeMixedFolder(pages);
        Path data = tmp.resolve("data");

        Ingester.Summary first = ingester(data).run(List.of(pages));
        assertEquals(6, first.files());      // 3 pages + 3 broken .txt; hidden and .md files are not looked at
        assertEquals(3, first.pages());
        assertEquals(3, first.failures());
        assertEquals(0, first.skippedUnchanged());
        Map<String, String> reasons = first.failureList().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), Ingester.Failure::reason));
        assertTrue(reasons.get("scan.txt").startsWith("binary file"), reasons.toString());
        assertTrue(reasons.get("empty.txt").startsWith("empty file"), reasons.toString());
        assertTrue(reasons.get("garbled.txt").startsWith("undecodable"), reasons.toString());

        Ingester.Summary again = ingester(data).run(List.of(pages));
        assertEquals(0, again.pages());
        assertEquals(3, again.skippedUnchanged());
        assertEquals(3, again.failures());

        try (Archive archive = Archive.open(data)) {
            Map<String, Long> counts = archive.counts();
            assertEquals(3L, counts.get("pages"));
            assertEquals(3L, counts.get("articles"));
            assertEquals(5L, counts.get("facts"));
            assertEquals(3L, counts.get("failures"));
            assertEquals(3L, archive.search(new SearchQuery("", null, null, null, null, null, null, null, 0, 10)).total());
            // dates: from the folder name, and from the manifest for the GBK page
            SearchResult plant = archive.search(SearchQuery.of("生产线"));
            assertEquals(1, plant.total());
            assertEquals("2024-05-06", plant.hits().get(0).date());
            assertEquals("03.txt", plant.hits().get(0).source());
        }

        // a broken file, repaired, goes in and leaves the failures table
        java.nio.file.Files.writeString(pages.resolve("2024-04-12/empty.txt"), TestPages.PLANT.replace("5万吨", "8万吨"));
        Ingester.Summary repaired = ingester(data).run(List.of(pages));
        assertEquals(1, repaired.pages());
        assertEquals(2, repaired.failures());
        try (Archive archive = Archive.open(data)) {
            assertEquals(4L, archive.counts().get("pages"));
            assertEquals(2, archive.failures().size());
        }
    }

    @Test
    void anUndatedPageTakesItsRunningHeadsDateAndIsSkippedWhenUnchanged() throws Exception {
        Path pages = tmp.resolve("undated");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.writeString(pages.resolve("p1.txt"), TestPages.TRADE);   // head: 2024年4月12日
        Path data = tmp.resolve("data");   // the real pipeline: the stub does not read running heads
        assertEquals(1, new Ingester(data, null, 1, null).run(List.of(pages)).pages());
        try (Archive archive = Archive.open(data)) {
            assertEquals("2024-04-12", archive.search(SearchQuery.of("外贸")).hits().get(0).date());
        }
        Ingester.Summary again = new Ingester(data, null, 1, null).run(List.of(pages));
        assertEquals(0, again.pages());
        assertEquals(1, again.skippedUnchanged());
    }

    @Test
    void aChangedFileReplacesItsEarlierVersion() throws Exception {
        Path pages = tmp.resolve("pages");
        java.nio.file.Files.createDirectories(pages);
        Path f = pages.resolve("2024-04-12_p1.txt");
        java.nio.file.Files.writeString(f, TestPages.VISIT);
        Path data = tmp.resolve("data");
        ingester(data).run(List.of(pages));
        java.nio.file.Files.writeString(f, TestPages.TRADE);
        Ingester.Summary s = ingester(data).run(List.of(pages));
        assertEquals(1, s.pages());
        try (Archive archive = Archive.open(data)) {
            assertEquals(1L, archive.counts().get("pages"));
            assertEquals(0, archive.search(SearchQuery.of("乡村振兴")).total());
            assertEquals(1, archive.search(SearchQuery.of("外贸")).total());
        }
    }

    @Test
    void dateOptionWinsAndAnotherDateReextracts() throws Exception {
        Path pages = tmp.resolve("pages");
        TestPages.writeMixedFolder(pages);
        Path data = tmp.resolve("data");
        Path one = pages.resolve("2024-04-12/01.txt");
        new Ingester(data, null, 1, null, () -> TestPages::stubExtract).run(List.of(one));
        Ingester.Summary s = new Ingester(data, null, 1, LocalDate.of(2024, 4, 13), () -> TestPages::stubExtract)
                .run(List.of(one));
        assertEquals(1, s.pages());
        try (Archive archive = Archive.open(data)) {
            assertEquals(1L, archive.counts().get("pages"));
            assertEquals("2024-04-13", archive.search(SearchQuery.of("外贸")).hits().get(0).date());
        }
    }
}
