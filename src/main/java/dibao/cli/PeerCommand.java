package dibao.cli;

import dibao.annotate.quantity.PeerSuite;
import dibao.annotate.quantity.PeerSuite.FileResult;
import dibao.annotate.quantity.PeerSuite.Outcome;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dibao peer}: runs the peer test suites (Recognizers-Text, cn2an, JioNLP) and prints pass rates. */
@Command(name = "peer", mixinStandardHelpOptions = true,
        description = {"Runs other projects' number, percentage, currency and unit test cases against dibao's",
                "quantity reading and prints, per file, the pass rate of the in-scope cases and the classes",
                "of cases left out of scope."})
public final class PeerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PEER_DIR", arity = "0..1", defaultValue = "../shared/peer",
            description = "The peer folder (default: ../shared/peer).")
    Path dir;

    @Option(names = "--failures", paramLabel = "N", defaultValue = "0",
            description = "Also print up to N failing cases per file.")
    int failures;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(dir)) {
            System.err.println("dibao peer: no peer folder at " + dir);
            return 1;
        }
        for (FileResult r : new PeerSuite().runAll(dir)) {
            out.printf("%-32s %4d/%-4d in scope pass  %5.1f%%   (%d out of scope)%n", r.name(), r.passed(),
                    r.inScope(), 100 * r.passRate(), r.outcomes().size() - r.inScope());
            for (Map.Entry<String, Long> e : r.outOfScopeClasses().entrySet()) {
                out.printf("    out of scope %4d  %s%n", e.getValue(), e.getKey());
            }
            r.failures().stream().limit(failures).forEach((Outcome o) ->
                    out.printf("    FAIL %s  expected %s got %s%n", o.input(), o.expected(), o.got()));
        }
        return 0;
    }
}
