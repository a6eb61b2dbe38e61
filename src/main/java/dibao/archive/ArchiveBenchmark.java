package dibao.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The archive benchmark: generates pages ({@link PageGenerator}), ingests them with the real
 * extractor, then times searches and facts queries; optionally compares the two analyzers.
 */
public final class ArchiveBenchmark {

    private final PrintStream out;

    public ArchiveBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Figures of one run (latencies in milliseconds). */
    public record Report(int pages, int cores, int workers, double ingestSeconds, double pagesPerSecond,
            double pagesPerSecondPerCore, long storedPages, long articles, long facts, double searchP50,
            double searchP99, double factsP50, double factsP99, long peakHeapMb, long maxHeapMb, long indexBytes,
            long databaseBytes) {
    }

    /** Writes {@code n} pages under {@code dir}/YYYY-MM-DD/NN_paper.txt (dates from the folder names). */
    public static void generate(Path dir, int n, long seed) throws IOException {
        PageGenerator g = new PageGenerator(seed);
        LocalDate day = LocalDate.of(2022, 1, 1);
        int perIssue = 8;
        for (int i = 0; i < n; i++) {
            LocalDate date = day.plusDays(i / (perIssue * PageGenerator.PAPERS.length));
            int paper = (i / perIssue) % PageGenerator.PAPERS.length;
            int pageNo = i % perIssue + 1;
            Path f = dir.resolve(date.toString()).resolve(String.format("%02d_%s.txt", pageNo, PageGenerator.PAPERS[paper]));
            Files.createDirectories(f.getParent());
            Files.writeString(f, g.page(paper, date, pageNo), StandardCharsets.UTF_8);
        }
    }

    public Report run(Path work, int pages, int workers, ChineseAnalyzers analyzer) throws IOException, InterruptedException {
        return run(work, pages, workers, analyzer, false);
    }

    /** {@code queriesOnly}: time the queries of the archive a previous run left in {@code work}. */
    public Report run(Path work, int pages, int workers, ChineseAnalyzers analyzer, boolean queriesOnly)
            throws IOException, InterruptedException {
        Path pagesDir = work.resolve("pages");
        Path data = work.resolve("data");
        HeapWatch heap = new HeapWatch();
        Ingester.Summary s = new Ingester.Summary(0, 0, 0, 0, 0, 0, 0, List.of());
        if (!queriesOnly) {
            deleteTree(data);
            deleteTree(pagesDir);
            out.printf("generating %d pages in %s ...%n", pages, pagesDir);
            generate(pagesDir, pages, 42);
            heap.start();
            out.printf("ingesting with %d workers ...%n", workers);
            s = new Ingester(data, analyzer, workers, null).run(List.of(pagesDir));
            heap.stop();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("ingest: %d pages in %.1f s = %.1f pages/s (%.1f per core, %d cores), peak heap %d MB of %d MB%n",
                s.pages(), s.seconds(), s.pagesPerSecond(), s.pagesPerSecond() / cores, cores, heap.peakMb(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<String> words = PageGenerator.queryWords();
        double[] search;
        double[] facts;
        Map<String, Long> counts;
        try (Archive archive = Archive.open(data)) {
            counts = archive.counts();
            for (int i = 0; i < 20; i++) {   // warm-up
                archive.search(SearchQuery.of(words.get(i % words.size())));
            }
            int runs = 400;
            search = new double[runs];
            for (int i = 0; i < runs; i++) {
                String q = words.get(i % words.size());
                if (i % 3 == 1) {
                    q = q + " " + words.get((i * 7) % words.size());
                }
                long t0 = System.nanoTime();
                archive.search(SearchQuery.of(q));
                search[i] = (System.nanoTime() - t0) / 1e6;
            }
            int factRuns = 100;
            facts = new double[factRuns];
            for (int i = 0; i < factRuns; i++) {
                String city = PageGenerator.CITIES[i % PageGenerator.CITIES.length];
                String ind = PageGenerator.INDICATORS[i % PageGenerator.INDICATORS.length];
                long t0 = System.nanoTime();
                archive.facts(FactQuery.of(city, ind));
                facts[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Report r = new Report(pages, cores, workers, s.seconds(), s.pagesPerSecond(), s.pagesPerSecond() / cores,
                counts.get("pages"), counts.get("articles"), counts.get("facts"), pct(search, 50), pct(search, 99),
                pct(facts, 50), pct(facts, 99), heap.peakMb(), Runtime.getRuntime().maxMemory() >> 20,
                size(data.resolve("index")), size(data.resolve("archive.duckdb")));
        out.printf("search: p50 %.2f ms, p99 %.2f ms over %d queries; facts: p50 %.2f ms, p99 %.2f ms%n",
                r.searchP50(), r.searchP99(), search.length, r.factsP50(), r.factsP99());
        out.printf("archive: %d pages, %d articles, %d facts; index %.1f MB, database %.1f MB%n", r.storedPages(),
                r.articles(), r.facts(), r.indexBytes() / 1e6, r.databaseBytes() / 1e6);
        return r;
    }

    /** Index speed, size and recall of one analyzer on generated articles. */
    public record AnalyzerReport(ChineseAnalyzers analyzer, boolean bigrams, int docs, double seconds, double docsPerSecond,
            long indexBytes, double recall, double precision, Map<String, double[]> perQuery) {
    }

    /**
     * Indexes the articles of {@code pages} generated pages with each analyzer and measures
     * recall and precision of word queries against the truth "the article contains the string".
     */
    public List<AnalyzerReport> compareAnalyzers(Path work, int pages) throws Exception {
        PageGenerator g = new PageGenerator(7);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            for (String a : g.page(i % PageGenerator.PAPERS.length, LocalDate.of(2023, 1 + i % 12, 1 + i % 28), 1)
                    .split("\n(?=[^\n]*\n[^\n]*讯（)")) {
                docs.add(a.replace("\n", ""));
            }
        }
        List<String> queries = new ArrayList<>(PageGenerator.queryWords());
        queries.addAll(List.of("增长", "亿元", "有限公司", "科技", "书记", "新材料", "政务服务", "订单", "满意度", "干部"));
        List<AnalyzerReport> reports = new ArrayList<>();
        for (int config = 0; config < 4; config++) {
            ChineseAnalyzers choice = ChineseAnalyzers.values()[config % 2];
            boolean withBigrams = config >= 2;
            String label = choice.name().toLowerCase() + (withBigrams ? "+bigrams" : "");
            Path dir = work.resolve("analyzer-" + label);
            deleteTree(dir);
            Analyzer analyzer = withBigrams ? ArchiveIndex.analyzer(choice) : choice.create();
            analyzer.tokenStream("text", "预热").close();   // load dictionaries outside the timing
            long t0 = System.nanoTime();
            try (FSDirectory d = FSDirectory.open(dir);
                    IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
                for (String text : docs) {
                    Document doc = new Document();
                    doc.add(new TextField("text", text, Field.Store.NO));
                    if (withBigrams) {
                        doc.add(new TextField(ArchiveIndex.TEXT_BIGRAMS, text, Field.Store.NO));
                    }
                    w.addDocument(doc);
                }
                w.forceMerge(1);
                w.commit();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long tp = 0, fp = 0, fn = 0;
            Map<String, double[]> perQuery = new LinkedHashMap<>();
            try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
                IndexSearcher s = new IndexSearcher(r);
                QueryParser p = new QueryParser("text", analyzer);
                p.setSplitOnWhitespace(true);
                p.setAutoGeneratePhraseQueries(true);
                p.setDefaultOperator(QueryParser.Operator.AND);
                for (String q : queries) {
                    BitSet truth = new BitSet();
                    for (int i = 0; i < docs.size(); i++) {
                        if (docs.get(i).contains(q)) {
                            truth.set(i);
                        }
                    }
                    BitSet got = new BitSet();
                    org.apache.lucene.search.Query query = p.parse(q);
                    if (withBigrams) {
                        QueryParser bp = new QueryParser(ArchiveIndex.TEXT_BIGRAMS, ArchiveIndex.bigrams());
                        bp.setSplitOnWhitespace(true);
                        bp.setAutoGeneratePhraseQueries(true);
                        query = new org.apache.lucene.search.BooleanQuery.Builder()
                                .add(query, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                                .add(bp.parse(q), org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
                    }
                    for (ScoreDoc sd : s.search(query, docs.size() + 1).scoreDocs) {
                        got.set(sd.doc);
                    }
                    BitSet hit = (BitSet) got.clone();
                    hit.and(truth);
                    tp += hit.cardinality();
                    fp += got.cardinality() - hit.cardinality();
                    fn += truth.cardinality() - hit.cardinality();
                    perQuery.put(q, new double[] {truth.isEmpty() ? 1 : (double) hit.cardinality() / truth.cardinality(),
                        got.isEmpty() ? 1 : (double) hit.cardinality() / got.cardinality()});
                }
            }
            AnalyzerReport rep = new AnalyzerReport(choice, withBigrams, docs.size(), secs, docs.size() / secs, size(dir),
                    (double) tp / Math.max(1, tp + fn), (double) tp / Math.max(1, tp + fp), perQuery);
            reports.add(rep);
            out.printf("%-16s %d articles in %.2f s (%.0f/s), index %.2f MB, recall %.3f, precision %.3f over %d queries%n",
                    label, rep.docs(), rep.seconds(), rep.docsPerSecond(), rep.indexBytes() / 1e6,
                    rep.recall(), rep.precision(), queries.size());
            StringBuilder misses = new StringBuilder();
            perQuery.forEach((q, v) -> {
                if (v[0] < 0.999) {
                    misses.append(String.format(" %s=%.2f", q, v[0]));
                }
            });
            if (misses.length() > 0) {
                out.println("         queries with recall < 1:" + misses);
            }
        }
        return reports;
    }

    static double pct(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    static long size(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }

    /** Samples the used heap every 20 ms and reads the pools' peaks: the larger is reported. */
    static final class HeapWatch {
        private volatile boolean running;
        private volatile long peak;
        private Thread thread;

        void start() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak = Math.max(peak, used);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            }
        }

        long peakMb() {
            return peak >> 20;
        }
    }
}
