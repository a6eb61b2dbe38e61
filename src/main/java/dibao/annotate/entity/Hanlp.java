package dibao.annotate.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP (portable) as entity recognition uses it: its core dictionary, to tell a common word
 * from a name, and its segmenter with person and organisation recognition. The models load once
 * per JVM, on first use (about half a second).
 */
final class Hanlp {

    private Hanlp() {
    }

    private static final class Holder {
        static final Segment WITH_ORGS = HanLP.newSegment().enableNameRecognize(true)
                .enableOrganizationRecognize(true).enableOffset(true);
    }

    /** Terms of {@code text} with HanLP's person and organisation recognition (the baseline uses it). */
    static List<Term> segmentWithOrganisations(String text) {
        return Holder.WITH_ORGS.seg(text);
    }

    /** Whether {@code word} is in HanLP's core dictionary as something other than a person name. */
    static boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var n : a.nature) {
            if (n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    static boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }
}
