package dibao.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Newspapers and the region each one reports for (papers.tsv): 衡阳日报 is the paper of 衡阳市 in
 * 湖南省, so its 我市 is 衡阳市 and its 全省 is 湖南省.
 */
public final class Papers {

    /** A paper and its home region; {@code city} is null for a provincial paper. */
    public record PaperInfo(String name, String city, String province) {
    }

    private static final Papers DEFAULT = new Papers(Tsv.read("papers.tsv"));

    private final Map<String, PaperInfo> byName = new LinkedHashMap<>();

    Papers(List<String[]> rows) {
        for (String[] r : rows) {
            String city = r.length > 1 && !r[1].isEmpty() ? r[1] : null;
            String province = r.length > 2 && !r[2].isEmpty() ? r[2] : null;
            byName.put(r[0], new PaperInfo(r[0], city, province));
        }
    }

    public static Papers defaults() {
        return DEFAULT;
    }

    public Optional<PaperInfo> get(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Iterable<PaperInfo> all() {
        return byName.values();
    }
}
