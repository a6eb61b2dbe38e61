package dibao.archive;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The two Chinese analyzers the archive can index with. The choice is made when an archive is
 * created and remembered in its data folder (a query must be analysed like the text was).
 */
public enum ChineseAnalyzers {
    /** Lucene's smartcn: an HMM word segmenter with its own dictionary; no extra model load. */
    SMARTCN,
    /** HanLP's Viterbi segmenter (its core dictionary), words as tokens. */
    HANLP;

    public static ChineseAnalyzers parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public Analyzer create() {
        return switch (this) {
            case SMARTCN -> new SmartChineseAnalyzer(false);
            case HANLP -> new HanLPAnalyzer();
        };
    }

    /** Words by HanLP; punctuation and white space dropped; Latin letters lower-cased. */
    static final class HanLPAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HanLPTokenizer();
            TokenStream sink = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, sink);
        }
    }

    /** Segments the whole field value at once (fields are article-sized) and replays the words. */
    static final class HanLPTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Segment segment = HanLP.newSegment()
                .enableNameRecognize(false)   // names are found by dibao's own stage; speed here
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(false)
                .enableOffset(true);
        private List<Term> words;
        private int next;
        private int finalOffset;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (words == null) {
                String text = readAll(input);
                finalOffset = correctOffset(text.length());
                words = text.isEmpty() ? List.of() : segment.seg(text);
                next = 0;
            }
            while (next < words.size()) {
                Term w = words.get(next++);
                if (!isWordy(w.word)) {
                    continue;
                }
                term.setEmpty().append(w.word);
                offset.setOffset(correctOffset(w.offset), correctOffset(w.offset + w.word.length()));
                return true;
            }
            return false;
        }

        private static boolean isWordy(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetterOrDigit(w.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static String readAll(Reader r) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            words = null;
            next = 0;
        }
    }
}
