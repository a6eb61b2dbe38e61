package dibao.annotate.period;

import java.time.LocalDate;
import java.util.List;

/** Finds time expressions and resolves them against the issue date. */
public final class PeriodResolver {

    public List<TimeMention> find(String text, LocalDate issueDate) {
        return List.of();
    }
}
