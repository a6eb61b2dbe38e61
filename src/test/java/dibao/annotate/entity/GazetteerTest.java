package dibao.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.get();

    @Test
    void resolvesOfficialAndShortNames() {
        Place county = g.resolve("衡南县").orElseThrow();
        assertEquals("430422", county.code());
        assertEquals("4304", county.parentCode());
        assertEquals("湖南省衡阳市衡南县", county.path());
        assertEquals(3, county.level());
        Place city = g.resolve("衡阳").orElseThrow();
        assertEquals("衡阳市", city.name());
        assertEquals("4304", city.code());
        assertEquals("湖南省", g.resolve("湖南").orElseThrow().name());
    }

    @Test
    void ambiguousNamePrefersTheContext() {
        // 衡阳县 (county) vs 衡阳市 (city): the short name 衡阳 is the city; a township under context
        assertEquals("430321112", g.resolve("石潭镇", "430321").orElseThrow().code());
        assertTrue(g.candidates("石潭镇").size() > 1);
    }

    @Test
    void municipalityPathSkipsPlaceholders() {
        assertEquals("北京市东城区", g.resolve("东城区", "11").orElseThrow().path());
    }
}
