package dibao.archive;

import dibao.doc.ExtractionDocument;
import dibao.page.IssueDates;
import dibao.page.Page;
import dibao.page.PageReadException;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Ingests page files into an archive: files and folders (recursively, {@code *.txt}, hidden
 * files skipped), issue dates from the option, a {@code pages.tsv} manifest beside the file, or
 * the path. Reading and extraction run on {@code workers} threads, one {@link Extractor} each;
 * one writer thread stores the results. Every queue between them is bounded, so the heap holds
 * a few pages per thread whatever the number of pages.
 */
public final class Ingester {

    /** The outcome of an ingest. */
    public record Summary(long files, long pages, long skippedUnchanged, long articles, long facts, long failures,
            double seconds, List<Failure> failureList) {

        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : pages / seconds;
        }
    }

    /** A file that could not be ingested and why. */
    public record Failure(String path, String reason) {
    }

    /** Progress as the ingest goes (called from the writer thread, about twice a second). */
    public interface Progress {
        void update(long done, long found, boolean walkFinished, long pages, double pagesPerSecond);
    }

    /** Extracts one page; one instance per worker thread. */
    public interface PageExtractor {
        ExtractionDocument extract(Page page);
    }

    private final Path dataDir;
    private final ChineseAnalyzers analyzer;
    private final int workers;
    private final LocalDate date;
    private final Supplier<PageExtractor> extractors;
    private int batchPages = 200;
    private long batchMillis = 3000;
    private Progress progress = (d, f, w, p, r) -> { };

    public Ingester(Path dataDir, ChineseAnalyzers analyzer, int workers, LocalDate date) {
        this(dataDir, analyzer, workers, date, () -> {
            Extractor x = new Extractor();
            return x::extract;
        });
    }

    public Ingester(Path dataDir, ChineseAnalyzers analyzer, int workers, LocalDate date,
            Supplier<PageExtractor> extractors) {
        this.dataDir = dataDir;
        this.analyzer = analyzer;
        this.workers = Math.max(1, workers);
        this.date = date;
        this.extractors = extractors;
    }

    public Ingester progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Pages per database transaction + index commit, and the longest a batch stays open. */
    public Ingester batch(int pages, long millis) {
        this.batchPages = Math.max(1, pages);
        this.batchMillis = Math.max(1, millis);
        return this;
    }

    private record Task(Path file, LocalDate date) {
    }

    /** What a worker made of a file: a page to store, a skip, or a failure. */
    private record Result(Path file, ArchiveWriter.PageRecord page, boolean skipped, String failure, String hash) {
    }

    private static final Task END = new Task(null, null);
    private static final Result END_RESULT = new Result(null, null, false, null, null);

    public Summary run(List<Path> inputs) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try (ArchiveWriter writer = ArchiveWriter.open(dataDir, analyzer)) {
            Map<String, String> known;
            try {
                known = new ConcurrentHashMap<>(writer.pageDates());
            } catch (java.sql.SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
            Set<String> claimed = ConcurrentHashMap.newKeySet();   // pages taken by a worker in this run
            BlockingQueue<Task> tasks = new ArrayBlockingQueue<>(workers * 4);
            BlockingQueue<Result> results = new ArrayBlockingQueue<>(workers * 2);
            AtomicLong found = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < workers; i++) {
                Thread t = new Thread(() -> work(tasks, results, known, claimed, errors), "dibao-extract-" + i);
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            Thread walker = new Thread(() -> {
                try {
                    for (Path in : inputs) {
                        walk(in, tasks, found);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    for (int i = 0; i < workers; i++) {
                        putUninterruptibly(tasks, END);
                    }
                }
            }, "dibao-walk");
            walker.setDaemon(true);
            walker.start();

            long pages = 0, skipped = 0, articles = 0, facts = 0, done = 0;
            List<Failure> failures = new ArrayList<>();
            int ended = 0;
            long batchStart = System.currentTimeMillis();
            long lastProgress = 0;
            try {
                while (ended < workers) {
                    Result r = results.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                    if (r == END_RESULT) {
                        ended++;
                    } else if (r != null) {
                        done++;
                        if (r.skipped()) {
                            skipped++;
                        } else if (r.failure() != null) {
                            failures.add(new Failure(r.file().toString(), r.failure()));
                            writer.recordFailure(r.file().toAbsolutePath().normalize().toString(), r.hash(), r.failure());
                        } else {
                            writer.write(r.page());
                            pages++;
                            articles += r.page().doc().articles().size();
                            facts += r.page().doc().facts().size();
                        }
                    }
                    long now = System.currentTimeMillis();
                    if (writer.pendingPages() >= batchPages || now - batchStart >= batchMillis) {
                        writer.commit();
                        batchStart = now;
                    }
                    if (now - lastProgress >= 500) {
                        lastProgress = now;
                        double secs = (System.nanoTime() - t0) / 1e9;
                        progress.update(done, found.get(), !walker.isAlive(), pages, secs > 0 ? pages / secs : 0);
                    }
                }
                writer.commit();
            } catch (java.sql.SQLException e) {
                throw new IOException(new ArchiveFiles(dataDir).database() + ": writing failed: " + e.getMessage(), e);
            }
            walker.join();
            if (!errors.isEmpty()) {
                Throwable e = errors.get(0);
                throw new IOException("ingest failed: " + e, e);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            progress.update(done, found.get(), true, pages, secs > 0 ? pages / secs : 0);
            return new Summary(found.get(), pages, skipped, articles, facts, failures.size(), secs, failures);
        }
    }

    private void work(BlockingQueue<Task> tasks, BlockingQueue<Result> results, Map<String, String> known,
            Set<String> claimed, List<Throwable> errors) {
        PageExtractor[] made = new PageExtractor[1];
        // made on the first page that needs extracting: a run that skips everything loads no models
        PageExtractor lazy = page -> {
            if (made[0] == null) {
                made[0] = extractors.get();
            }
            return made[0].extract(page);
        };
        try {
            while (true) {
                Task t = tasks.take();
                if (t == END) {
                    break;
                }
                results.put(process(t, known, claimed, lazy));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            errors.add(e);
            // drain so the walker is not blocked forever
            while (tasks.poll() != null) {
                // discard
            }
        } finally {
            putUninterruptibly(results, END_RESULT);
        }
    }

    private static Result process(Task t, Map<String, String> known, Set<String> claimed, PageExtractor extractor) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(t.file());
        } catch (IOException e) {
            return new Result(t.file(), null, false, "cannot be read (" + e.getMessage() + ")", null);
        }
        if (bytes.length > PageReader.MAX_BYTES) {
            return new Result(t.file(), null, false, "too large (" + bytes.length + " bytes); split it into pages", null);
        }
        String hash = sha256(bytes);
        String date = t.date() == null ? "" : t.date().toString();
        // with no date given, a stored page is unchanged whatever date it has (its running head's)
        boolean stored = known.containsKey(hash) && (t.date() == null || date.equals(known.get(hash)));
        if (stored || !claimed.add(hash)) {
            return new Result(t.file(), null, true, null, hash);   // unchanged, or the same page twice in this run
        }
        Page page;
        try {
            PageReader.Decoded d = PageReader.decode(t.file(), bytes);
            page = new Page(t.file().getFileName().toString(), d.text(), d.charset(), t.date());
        } catch (PageReadException e) {
            claimed.remove(hash);
            return new Result(t.file(), null, false, e.reason(), hash);
        }
        ExtractionDocument doc;
        try {
            doc = extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            claimed.remove(hash);
            return new Result(t.file(), null, false, "extraction failed (" + e + "); please report this page", hash);
        }
        String path = t.file().toAbsolutePath().normalize().toString();
        return new Result(t.file(), new ArchiveWriter.PageRecord(hash, path, page, doc), false, null, hash);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
        while (true) {
            try {
                q.put(item);
                return;
            } catch (InterruptedException e) {
                // keep trying: the consumer must see the end marker
            }
        }
    }

    /** Manifests already read, per folder (small: a folder's file -> date map). */
    private final Map<Path, Map<String, LocalDate>> manifests = new HashMap<>();

    private void walk(Path in, BlockingQueue<Task> tasks, AtomicLong found) throws IOException, InterruptedException {
        if (Files.isDirectory(in)) {
            try (Stream<Path> s = Files.walk(in)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                    if (isPageFile(in, p)) {
                        found.incrementAndGet();
                        tasks.put(new Task(p, dateOf(p)));
                    }
                }
            }
        } else {
            found.incrementAndGet();
            tasks.put(new Task(in, dateOf(in)));   // named explicitly: a failure if it is not a page
        }
    }

    /** {@code *.txt}, not hidden, not inside a hidden folder below the root. */
    static boolean isPageFile(Path root, Path p) {
        String name = p.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") || name.startsWith(".")) {
            return false;
        }
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * --date, else a {@code pages.tsv} manifest in the page's folder or the nearest folder above
     * it that lists the page, else a date in the path, else none.
     */
    LocalDate dateOf(Path file) throws IOException {
        if (date != null) {
            return date;
        }
        String name = file.getFileName().toString();
        for (Path folder = file.toAbsolutePath().normalize().getParent(); folder != null; folder = folder.getParent()) {
            Map<String, LocalDate> m = manifests.get(folder);
            if (m == null) {
                m = readManifest(folder.resolve("pages.tsv"));
                if (manifests.size() > 10_000) {
                    manifests.clear();   // bounded memory on very wide trees
                }
                manifests.put(folder, m);
            }
            LocalDate d = m.get(name);
            if (d != null) {
                return d;
            }
        }
        return IssueDates.fromPath(file);
    }

    /** {@code file <TAB> date} lines, {@code #} comments; a malformed line is an error naming the line. */
    static Map<String, LocalDate> readManifest(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        Map<String, LocalDate> out = new HashMap<>();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IOException(manifest + ":" + (i + 1) + ": expected 'file<TAB>YYYY-MM-DD', got '" + line + "'");
            }
            try {
                out.put(Path.of(cols[0].strip()).getFileName().toString(), LocalDate.parse(cols[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IOException(manifest + ":" + (i + 1) + ": '" + cols[1].strip()
                        + "' is not a date; write it as YYYY-MM-DD");
            }
        }
        return out;
    }
}
