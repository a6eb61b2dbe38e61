package dibao.annotate.entity;

/**
 * An administrative division of China from the gazetteer.
 *
 * @param code       division code: 2 digits province, 4 prefecture, 6 county, 9 township
 * @param name       official name (衡南县)
 * @param parentCode code of the division it belongs to, or null for a province
 * @param path       full name from the province down (湖南省衡阳市衡南县)
 * @param level      1 province, 2 prefecture, 3 county, 4 township
 */
public record Place(String code, String name, String parentCode, String path, int level) {
}
