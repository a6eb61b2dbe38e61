package dibao.pipeline;

import dibao.annotate.entity.Gazetteer;
import dibao.annotate.entity.Place;
import dibao.lexicon.Papers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a paper reports for: from papers.tsv, else from its name when that is a city's or a
 * province's (贵阳晚报 -> 贵阳市 in 贵州省; 江西日报 -> 江西省), so that 我市 and 全省 resolve on
 * the pages of papers nobody listed. A name that fits several divisions, or none, gives nothing.
 */
final class PaperRegions {

    private static final Pattern PAPER = Pattern.compile("(\\p{IsHan}{2,6}?)(?:日报|晚报|都市报|晨报|时报|商报)");

    private final Papers papers;
    private final Gazetteer gazetteer;

    PaperRegions(Papers papers, Gazetteer gazetteer) {
        this.papers = papers;
        this.gazetteer = gazetteer;
    }

    Optional<Papers.PaperInfo> of(String paper) {
        Optional<Papers.PaperInfo> listed = papers.get(paper);
        if (listed.isPresent() || paper == null) {
            return listed;
        }
        Matcher m = PAPER.matcher(paper);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Place> places = gazetteer.candidates(m.group(1)).stream().filter(p -> p.level() <= 2).toList();
        if (places.size() != 1) {
            return Optional.empty();
        }
        Place place = places.get(0);
        if (place.level() == 1) {
            return Optional.of(new Papers.PaperInfo(paper, null, place.name()));
        }
        String province = gazetteer.byCode(place.parentCode()).map(Place::name).orElse(null);
        return Optional.of(new Papers.PaperInfo(paper, place.name(), province));
    }
}
