package dibao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dibao.archive.Archive;
import dibao.archive.FactQuery;
import dibao.archive.FactRow;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dibao facts}: figures as rows. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Lists the archive's figures: subject, indicator, period, value (base units: yuan, %%, t ...),",
                "unit, approx, kind, the growth figure reported with it, and where it was printed (page, paper,",
                "date, span in the page text). --indicator also finds the indicator's synonyms",
                "(进出口总额: 进出口总值, 外贸进出口, 进出口)."})
public final class FactsCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Option(names = "--subject", paramLabel = "S", description = "Who/where the figure is about (exact or prefix: 衡阳 finds 衡阳市).")
    String subject;

    @Option(names = "--indicator", paramLabel = "I", description = "What is measured (synonyms included).")
    String indicator;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issue date on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issue date on or before.")
    LocalDate to;

    @Option(names = "--paper", paramLabel = "P", description = "Only this paper.")
    String paper;

    @Option(names = "--kind", paramLabel = "K", description = "amount | count | rate | share | change | rank | target | measure")
    String kind;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: all).")
    int limit;

    @Option(names = "--json", description = "JSON array of rows.")
    boolean json;

    @Option(names = "--csv", description = "CSV with a header row.")
    boolean csv;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (json && csv) {
            err.println("dibao facts: give --json or --csv, not both");
            return 2;
        }
        List<FactRow> rows;
        try (Archive archive = Archive.open(archiveDir.dir())) {
            rows = archive.facts(new FactQuery(subject, indicator, from, to, paper, kind, limit));
        } catch (IOException e) {
            err.println("dibao facts: " + e.getMessage());
            return 2;
        }
        try {
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else if (csv) {
                out.println("subject,indicator,period,value,unit,approx,kind,change,change_unit,text,paper,date,source,"
                        + "page,article,span_start,span_end,checks");
                for (FactRow r : rows) {
                    out.println(String.join(",", csv(r.subject()), csv(r.indicator()), csv(r.period()), num(r.value()),
                            csv(r.unit()), csv(r.approx()), csv(r.kind()), r.change() == null ? "" : num(r.change()),
                            csv(r.changeUnit()), csv(r.text()), csv(r.paper()), csv(r.date()), csv(r.source()),
                            csv(r.page()), csv(r.article()), String.valueOf(r.spanStart()), String.valueOf(r.spanEnd()),
                            csv(checks(r))));
                }
            } else {
                for (FactRow r : rows) {
                    out.println(String.format("%s\t%s\t%s\t%s%s %s\t%s%s\t%s %s %s [%d,%d]%s", nz(r.subject()), nz(r.indicator()),
                            nz(r.period()), r.approx() == null ? "" : r.approx() + " ", num(r.value()), nz(r.unit()),
                            nz(r.kind()), r.change() == null ? "" : " (change " + num(r.change()) + " " + nz(r.changeUnit()) + ")",
                            nz(r.paper()), nz(r.date()), r.source(), r.spanStart(), r.spanEnd(),
                            r.checks().isEmpty() ? "" : " checks: " + checks(r)));
                }
                out.flush();   // the count after the rows, also when both streams go to one terminal
                System.out.flush();
                err.println(rows.size() + " figures");
            }
        } catch (IOException e) {
            err.println("dibao facts: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private static String checks(FactRow r) {
        return r.checks().stream().map(c -> c.name() + (c.passed() ? " ok" : " FAILED")).collect(Collectors.joining("; "));
    }

    static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
