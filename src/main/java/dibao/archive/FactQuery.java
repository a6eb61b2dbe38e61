package dibao.archive;

import java.time.LocalDate;

/**
 * A query of the archive's figures. Every filter is optional (null = any).
 *
 * @param subject   who/where the figure is about: exact, or a prefix (衡阳 finds 衡阳市)
 * @param indicator what is measured; its synonyms are searched too (进出口总额 finds 进出口总值, 外贸进出口)
 * @param from      issue date on or after
 * @param to        issue date on or before
 * @param paper     only this paper
 * @param kind      amount | count | rate | share | change | rank | target | measure
 * @param limit     rows to return at most (0 = no limit)
 */
public record FactQuery(String subject, String indicator, LocalDate from, LocalDate to, String paper, String kind,
        int limit) {

    public static FactQuery of(String subject, String indicator) {
        return new FactQuery(subject, indicator, null, null, null, null, 0);
    }
}
