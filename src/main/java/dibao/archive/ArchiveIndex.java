package dibao.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the archive: one document per article (keyed by page hash + article id)
 * and one marker document per page, added after the page's articles, so "the index has page P"
 * is one term lookup. The index is derived data: the database is the truth, and
 * {@link #pageHashes} lets the archive find what the index lacks or has in excess.
 */
final class ArchiveIndex {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String PAGE = "page";
    static final String ARTICLE = "article";
    static final String PAPER = "paper";
    static final String DATE = "date";
    static final String DATE_SORT = "date_sort";
    static final String SOURCE = "source";
    static final String HEADLINE = "headline";
    static final String TEXT = "text";
    /** Headline and text again as overlapping character pairs: finds words the segmenter cut otherwise. */
    static final String TEXT_BIGRAMS = "text_cjk";
    static final String PERSON = "person";
    static final String ORG = "org";
    static final String PLACE = "place";
    static final String MONTH = "month";
    static final String[] FACET_DIMS = {PAPER, MONTH, PERSON, ORG, PLACE};

    static final String TYPE_ARTICLE = "article";
    static final String TYPE_PAGE = "page";

    /** Text with offsets in the postings: the highlighter then needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PERSON, true);
        config.setMultiValued(ORG, true);
        config.setMultiValued(PLACE, true);
        return config;
    }

    /**
     * The archive's analyzer: the chosen Chinese segmenter for words, and CJK bigrams for the
     * {@link #TEXT_BIGRAMS} field (a query is a phrase of bigrams there, which matches any
     * substring of two or more characters, whatever the segmenter made of the text).
     */
    static Analyzer analyzer(ChineseAnalyzers words) {
        return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(words.create(),
                java.util.Map.of(TEXT_BIGRAMS, bigrams()));
    }

    static Analyzer bigrams() {
        return new org.apache.lucene.analysis.cjk.CJKAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    }

    static IndexWriter openWriter(Directory dir, Analyzer analyzer) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(48);   // bounded: flushed to a segment beyond this, whatever the batch
        cfg.setCommitOnClose(false);  // commits happen only after the database committed
        return new IndexWriter(dir, cfg);
    }

    /** Adds (or replaces) a page's articles, then its marker. */
    static void putPage(IndexWriter w, FacetsConfig facets, String pageHash, List<IndexedArticle> articles)
            throws IOException {
        for (IndexedArticle a : articles) {
            String id = pageHash + "#" + a.article();
            w.updateDocument(new Term(ID, id), facets.build(articleDoc(id, a)));
        }
        Document marker = new Document();
        marker.add(new StringField(ID, pageHash, Field.Store.YES));
        marker.add(new StringField(TYPE, TYPE_PAGE, Field.Store.NO));
        marker.add(new StringField(PAGE, pageHash, Field.Store.YES));
        w.updateDocument(new Term(ID, pageHash), marker);
    }

    static void deletePage(IndexWriter w, String pageHash) throws IOException {
        w.deleteDocuments(new Term(PAGE, pageHash));
    }

    private static Document articleDoc(String id, IndexedArticle a) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(PAGE, a.page(), Field.Store.YES));
        d.add(new StoredField(ARTICLE, a.article()));
        if (a.source() != null) {
            d.add(new StoredField(SOURCE, a.source()));
        }
        if (a.paper() != null && !a.paper().isBlank()) {
            d.add(new StringField(PAPER, a.paper(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(PAPER, a.paper()));
        }
        if (a.date() != null) {
            LocalDate day = LocalDate.parse(a.date());
            d.add(new LongPoint(DATE, day.toEpochDay()));
            d.add(new NumericDocValuesField(DATE_SORT, day.toEpochDay()));
            d.add(new StoredField(DATE, a.date()));
            d.add(new SortedSetDocValuesFacetField(MONTH, a.date().substring(0, 7)));
        }
        if (a.headline() != null) {
            d.add(new Field(HEADLINE, a.headline(), TEXT_WITH_OFFSETS));
        }
        d.add(new Field(TEXT, a.text() == null ? "" : a.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(TEXT_BIGRAMS, (a.headline() == null ? "" : a.headline() + "\n")
                + (a.text() == null ? "" : a.text()), Field.Store.NO));
        addNames(d, PERSON, a.persons());
        addNames(d, ORG, a.orgs());
        addNames(d, PLACE, a.places());
        return d;
    }

    private static void addNames(Document d, String field, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank() && seen.add(n)) {
                d.add(new StringField(field, n, Field.Store.YES));
                d.add(new SortedSetDocValuesFacetField(field, n));
            }
        }
    }

    /** The pages whose marker document is live in the index. */
    static Set<String> pageHashes(DirectoryReader reader) throws IOException {
        Set<String> out = new HashSet<>();
        BytesRef pageType = new BytesRef(TYPE_PAGE);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            Terms types = leaf.reader().terms(TYPE);
            Terms pages = leaf.reader().terms(PAGE);
            if (types == null || pages == null) {
                continue;
            }
            TermsEnum te = types.iterator();
            if (!te.seekExact(pageType)) {
                continue;
            }
            // the marker docs of this leaf
            java.util.BitSet markers = new java.util.BitSet(leaf.reader().maxDoc());
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                if (live == null || live.get(doc)) {
                    markers.set(doc);
                }
            }
            TermsEnum pt = pages.iterator();
            PostingsEnum pp = null;
            for (BytesRef t = pt.next(); t != null; t = pt.next()) {
                pp = pt.postings(pp, PostingsEnum.NONE);
                for (int doc = pp.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pp.nextDoc()) {
                    if (markers.get(doc)) {
                        out.add(t.utf8ToString());
                        break;
                    }
                }
            }
        }
        return out;
    }
}
