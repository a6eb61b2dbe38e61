package dibao.facts;

import dibao.lexicon.Papers.PaperInfo;
import java.time.LocalDate;

/**
 * What the statistics stage knows of the page beyond the article: the paper (whose home city
 * 我市 means), and the issue date relative periods are resolved against.
 */
public record FactContext(String paper, PaperInfo home, LocalDate issueDate) {
}
