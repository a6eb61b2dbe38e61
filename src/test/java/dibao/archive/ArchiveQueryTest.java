package dibao.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveQueryTest {

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        Path pages = tmp.resolve("pages");
        TestPages.writeMixedFolder(pages);
        data = tmp.resolve("data");
        new Ingester(data, null, 2, null, () -> TestPages::stubExtract).run(List.of(pages));
    }

    @Test
    void searchRanksHighlightsAndCountsFacets() throws Exception {
        try (Archive archive = Archive.open(data)) {
            SearchResult r = archive.search(SearchQuery.of("乡村振兴"));
            assertEquals(1, r.total());
            SearchResult.Hit hit = r.hits().get(0);
            assertEquals("谭振宇到松岭县调研乡村振兴工作", hit.headline());
            assertEquals("2024-04-12", hit.date());
            assertTrue(hit.snippet().render("[", "]").contains("[乡村]") || hit.snippet().render("[", "]").contains("[乡村振兴]"),
                    hit.snippet().render("[", "]"));
            assertEquals(List.of("谭振宇"), hit.persons());

            SearchResult all = archive.search(SearchQuery.of("松岭县"));
            assertEquals(2, all.total());
            assertEquals(List.of(new SearchResult.FacetCount("湘北日报", 2)), all.facets().get("paper"));
            assertEquals(List.of(new SearchResult.FacetCount("2024-05", 1), new SearchResult.FacetCount("2024-04", 1)),
                    all.facets().get("month"));
            assertTrue(all.facets().get("org").contains(new SearchResult.FacetCount("松岭县绿源食品有限公司", 2)));
        }
    }

    @Test
    void searchFilters() throws Exception {
        try (Archive archive = Archive.open(data)) {
            SearchQuery byPerson = new SearchQuery("", null, null, null, "谭振宇", null, null, null, 0, 10);
            assertEquals(1, archive.search(byPerson).total());
            SearchQuery byDate = new SearchQuery("", null, LocalDate.of(2024, 5, 1), null, null, null, null, null, 0, 10);
            SearchResult may = archive.search(byDate);
            assertEquals(1, may.total());
            assertEquals("绿源食品新建生产线投产", may.hits().get(0).headline());
            SearchQuery otherPaper = new SearchQuery("外贸", "别的日报", null, null, null, null, null, null, 0, 10);
            assertEquals(0, archive.search(otherPaper).total());
            SearchQuery byPlace = new SearchQuery("", null, null, null, null, null, "临澧县", null, 0, 10);
            assertEquals(1, archive.search(byPlace).total());
        }
    }

    @Test
    void factsApplyIndicatorSynonymsAndAttachTheChange() throws Exception {
        try (Archive archive = Archive.open(data)) {
            // stored as 外贸进出口; asked as 进出口总额
            List<FactRow> rows = archive.facts(new FactQuery("临澧县", "进出口总额", null, null, null, "amount", 0));
            assertEquals(1, rows.size());
            FactRow r = rows.get(0);
            assertEquals(2.86e9, r.value());
            assertEquals("CNY", r.unit());
            assertEquals("2024-01/2024-03", r.period());
            assertEquals(12.4, r.change());
            assertEquals("%", r.changeUnit());
            assertEquals("28.6亿元", r.text());
            assertEquals("2024-04-12", r.date());
            assertEquals("湘北日报", r.paper());
            assertEquals(List.of(new FactRow.CheckRow("parts_sum", true, "ok")), r.checks());
            String page = archive.pageText(r.page()).orElseThrow();
            assertEquals("28.6亿元", page.substring(r.spanStart(), r.spanEnd()));

            // subject prefix, export not mistaken for the total
            assertEquals(1, archive.facts(FactQuery.of("临澧", "出口总额")).size());
            assertNull(archive.facts(FactQuery.of("临澧", "出口")).get(0).change());
            assertEquals(0, archive.facts(new FactQuery("临澧县", null, LocalDate.of(2024, 5, 1), null, null, null, 0)).size());

            List<SeriesPoint> series = archive.indicatorSeries("临澧县", "进出口");
            assertEquals(2, series.size());   // the amount and its change, same period
        }
    }

    @Test
    void articleAndEntities() throws Exception {
        try (Archive archive = Archive.open(data)) {
            SearchResult.Hit hit = archive.search(SearchQuery.of("投产")).hits().get(0);
            ArticleView a = archive.article(hit.page(), hit.article()).orElseThrow();
            assertEquals("绿源食品新建生产线投产", a.headline());
            assertEquals(2, a.facts().size());
            assertEquals(List.of("松岭县绿源食品有限公司"), a.orgs());
            assertTrue(archive.article(hit.page(), "a99").isEmpty());

            List<EntityCount> places = archive.entities("place", null, 10);
            assertEquals("松岭县", places.get(0).name());
            assertEquals(2, places.get(0).pages());
            assertEquals(List.of("市委书记"), archive.entities("person", "振宇", 10).get(0).titles());
        }
    }

    @Test
    void exportsParquetThatDuckDbReadsBack() throws Exception {
        Path out = tmp.resolve("export");
        try (Archive archive = Archive.open(data)) {
            archive.export(Archive.ExportFormat.PARQUET, out);
            archive.export(Archive.ExportFormat.JSONL, tmp.resolve("jsonl"));
            archive.export(Archive.ExportFormat.CSV, tmp.resolve("csv"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(value) FROM read_parquet('"
                    + out.resolve("facts.parquet") + "') WHERE subject = '临澧县' AND kind = 'amount'")) {
                rs.next();
                assertEquals(2, rs.getLong(1));
                assertEquals(2.86e9 + 1.92e9, rs.getDouble(2), 1);
            }
            try (ResultSet rs = s.executeQuery("SELECT headline, spans[1][1] FROM read_parquet('"
                    + out.resolve("articles.parquet") + "') WHERE list_contains(persons, '谭振宇')")) {
                rs.next();
                assertEquals("谭振宇到松岭县调研乡村振兴工作", rs.getString(1));
                assertEquals(TestPages.VISIT.indexOf('\n') + 1, rs.getInt(2));
                assertTrue(!rs.next());
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_json('" + tmp.resolve("jsonl/entities.jsonl")
                    + "')")) {
                rs.next();
                assertEquals(8, rs.getLong(1));   // 3 + 3 + 2 per page
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_csv('" + tmp.resolve("csv/pages.csv") + "')")) {
                rs.next();
                assertEquals(3, rs.getLong(1));
            }
        }
    }
}
