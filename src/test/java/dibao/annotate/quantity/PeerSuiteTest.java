package dibao.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dibao.annotate.quantity.PeerSuite.FileResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The peer suites (../shared/peer, beside the project): at least 90% of each file's in-scope cases
 * pass. Prints each file's pass rate and out-of-scope classes. Skipped when the folder is absent.
 */
class PeerSuiteTest {

    private static final Path PEER = Path.of("..", "shared", "peer");
    private static final PeerSuite SUITE = new PeerSuite();

    static Stream<String> files() {
        return PeerSuite.FILES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void passesNinetyPercentOfInScopeCases(String file) throws Exception {
        assumeTrue(Files.isDirectory(PEER), "no peer suites at " + PEER.toAbsolutePath() + ": skipped");
        assumeTrue(Files.isRegularFile(PEER.resolve(file)), "peer file " + file + " absent: skipped");
        FileResult r = SUITE.run(PEER, file);
        System.out.printf("peer %-30s %d/%d in-scope cases pass (%.1f%%); out of scope: %s%n", r.name(), r.passed(),
                r.inScope(), 100 * r.passRate(), r.outOfScopeClasses());
        assertTrue(r.inScope() > 0, "no in-scope case in " + file);
        assertTrue(r.passRate() >= 0.90, () -> r.name() + " pass rate " + r.passRate() + "; failures:\n"
                + r.failures().stream().map(o -> o.input() + " expected " + o.expected() + " got " + o.got())
                        .collect(Collectors.joining("\n")));
    }
}
