package dibao.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dibao.annotate.entity.Gazetteer;
import dibao.lexicon.Papers;
import dibao.lexicon.Papers.PaperInfo;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperRegionsTest {

    private final PaperRegions regions = new PaperRegions(Papers.defaults(), Gazetteer.get());

    @Test
    void listedPapersKeepTheirRow() {
        assertEquals(Optional.of(new PaperInfo("衡阳日报", "衡阳市", "湖南省")), regions.of("衡阳日报"));
    }

    @Test
    void aCitysOrAProvincesPaperIsReadFromItsName() {
        assertEquals(Optional.of(new PaperInfo("贵阳晚报", "贵阳市", "贵州省")), regions.of("贵阳晚报"));
        assertEquals(Optional.of(new PaperInfo("江西日报", null, "江西省")), regions.of("江西日报"));
    }

    @Test
    void namesThatAreNoCityOrProvinceGiveNothing() {
        assertEquals(Optional.empty(), regions.of("清河日报"));
        assertEquals(Optional.empty(), regions.of("经济日报"));
        assertEquals(Optional.empty(), regions.of(null));
    }
}
