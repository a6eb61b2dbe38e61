package dibao.spark;

import dibao.archive.ArticleNames;
import dibao.text.CodePoints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dibao.doc.Article;
import dibao.doc.Check;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.doc.Fact;
import dibao.page.IssueDates;
import dibao.page.Page;
import dibao.page.PageReadException;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import dibao.text.Span;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Extracts the pages of one partition: input rows (path, content) of Spark's binaryFile source,
 * one {@link ExportSchemas#RESULT} row per page out. An {@link Extractor} loads lexicons and
 * models (about half a second) and is not thread-safe, so each executor thread keeps one and
 * reuses it for every partition it runs, rather than building one per partition. A page that
 * cannot be read or extracted becomes an error row; the partition goes on.
 */
final class PageExtraction implements FlatMapFunction<Iterator<Row>, Row>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One per executor thread (task slot), made on its first page. */
    private static final ThreadLocal<Extractor> EXTRACTOR = ThreadLocal.withInitial(Extractor::new);

    private final LocalDate date;
    private final Map<String, LocalDate> manifest;
    private final String paperHint;

    /**
     * @param date      the issue date of every page (--date), or null
     * @param manifest  file name -> issue date (--manifest), may be empty
     * @param paperHint the paper of every page (--paper), or null to take it from the page
     */
    PageExtraction(LocalDate date, Map<String, LocalDate> manifest, String paperHint) {
        this.date = date;
        this.manifest = manifest;
        this.paperHint = paperHint;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                Row in = input.next();
                return extract(EXTRACTOR.get(), in.getString(in.fieldIndex("path")), in.getAs("content"));
            }
        };
    }

    /** The issue date as ingest takes it: --date, else the manifest, else a date in the path. */
    LocalDate issueDate(Path file) {
        if (date != null) {
            return date;
        }
        LocalDate listed = manifest.get(file.getFileName().toString());
        return listed != null ? listed : IssueDates.fromPath(file);
    }

    Row extract(Extractor extractor, String uri, byte[] bytes) {
        String path = localPath(uri);
        Path file = Path.of(new org.apache.hadoop.fs.Path(uri).toUri().getPath());
        String hash = sha256(bytes);
        try {
            PageReader.Decoded d = PageReader.decode(file, bytes);
            Page page = new Page(file.getFileName().toString(), d.text(), d.charset(), issueDate(file));
            ExtractionDocument doc = extractor.extract(page, paperHint);
            return rows(hash, path, page, doc);
        } catch (PageReadException e) {
            return error(path, hash, e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return error(path, hash, "extraction failed (" + e + "); please report this page");
        }
    }

    private static Row error(String path, String hash, String reason) {
        return RowFactory.create(null, seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()),
                RowFactory.create(path, hash, reason));
    }

    /** The rows of one page, as ArchiveWriter stores them and Archive.export writes them. */
    static Row rows(String hash, String path, Page page, ExtractionDocument doc) {
        String text = page.text();
        CodePoints cp = CodePoints.of(text);
        java.sql.Date date = doc.date() == null ? null : java.sql.Date.valueOf(LocalDate.parse(doc.date()));
        String paper = doc.paper();
        String source = page.source();

        List<Row> articles = new ArrayList<>();
        for (Article a : doc.articles()) {
            ArticleNames names = ArticleNames.of(a, doc.entities());
            articles.add(RowFactory.create(hash, a.id(), paper, date, source, a.kind(), a.headline(), seq(a.subheadlines()),
                    a.dateline(), seq(a.reporters()), spanSeq(cp, a.spans()), spanSeq(cp, a.duplicateSpans()), a.continuedTo(),
                    a.continuedFrom(), seq(names.persons()), seq(names.orgs()), seq(names.places()), a.text()));
        }
        List<Row> facts = new ArrayList<>();
        List<Row> checks = new ArrayList<>();
        int factNo = 0;
        for (Fact f : doc.facts()) {
            facts.add(RowFactory.create(hash, f.article(), paper, date, source, factNo, cp.at(f.span().start()),
                    cp.at(f.span().end()), f.text() != null ? f.text() : f.span().of(text), f.value(), f.unit(),
                    f.approx(), f.kind(), f.subject(), f.indicator(), f.period()));
            for (Check c : f.checks()) {
                checks.add(RowFactory.create(hash, factNo, c.name(), c.passed(), c.message(), json(c.detail())));
            }
            factNo++;
        }
        List<Row> entities = new ArrayList<>();
        for (Entity e : doc.entities()) {
            entities.add(RowFactory.create(hash, paper, date, source, e.type(), e.name(), e.title(), seq(e.aliases()),
                    e.code(), e.parent(), seq(e.articles())));
        }
        Row pageRow = RowFactory.create(hash, path, source, paper, date, page.charset(),
                text.codePointCount(0, text.length()), articles.size(), facts.size(), entities.size(),
                LocalDateTime.now(ZoneOffset.UTC), text);
        return RowFactory.create(pageRow, seq(articles), seq(facts), seq(entities), seq(checks), null);
    }

    /** A local file as a plain absolute path (as ingest records it); other file systems keep their URI. */
    static String localPath(String uri) {
        return uri.startsWith("file:") ? new org.apache.hadoop.fs.Path(uri).toUri().getPath() : uri;
    }

    /** Row arrays are Scala sequences for Spark's encoder, not java.util.List. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static scala.collection.immutable.Seq<scala.collection.immutable.Seq<Integer>> spanSeq(CodePoints cp,
            List<Span> spans) {
        return seq(spans.stream().map(s -> seq(List.of(cp.at(s.start()), cp.at(s.end())))).toList());
    }
}
