package dibao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dibao.archive.Archive;
import dibao.archive.SearchQuery;
import dibao.archive.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dibao search}: ranked articles with snippets and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive's articles (headline and text) and prints the best first, with a",
                "snippet (matches in 【】) and counts by paper, month, person, organisation and place.",
                "QUERY words must all match; Lucene syntax works: OR, NOT, \"exact phrase\", headline:word."})
public final class SearchCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Option(names = "--paper", paramLabel = "P", description = "Only this paper.")
    String paper;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issue date on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issue date on or before.")
    LocalDate to;

    @Option(names = "--person", paramLabel = "X", description = "Only articles naming this person.")
    String person;

    @Option(names = "--org", paramLabel = "X", description = "Only articles naming this organisation.")
    String org;

    @Option(names = "--place", paramLabel = "X", description = "Only articles naming this place.")
    String place;

    @Option(names = "--newest", description = "Newest issue first instead of best match first.")
    boolean newest;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default 10).")
    int limit = 10;

    @Option(names = "--json", description = "The result as JSON (hits, snippets with highlight ranges, facets).")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find. None: every article (filters apply).")
    List<String> words = List.of();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        SearchQuery q = new SearchQuery(String.join(" ", words), paper, from, to, person, org, place,
                newest ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE, 0, limit);
        SearchResult r;
        try (Archive archive = Archive.open(archiveDir.dir())) {
            r = archive.search(q);
        } catch (IllegalArgumentException e) {
            err.println("dibao search: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("dibao search: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
            return 0;
        }
        out.printf("%d articles match (%.0f ms)%n", r.total(), r.tookMillis());
        int i = 1;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%n%2d. %s  [%s %s %s#%s]%n", i++, h.headline() == null ? "(no headline)" : h.headline(),
                    h.paper() == null ? "?" : h.paper(), h.date() == null ? "?" : h.date(), h.source(), h.article());
            out.println("    " + h.snippet().render("【", "】"));
        }
        out.println();
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            if (!f.getValue().isEmpty()) {
                out.println(f.getKey() + ": " + f.getValue().stream().map(c -> c.value() + " (" + c.count() + ")")
                        .collect(Collectors.joining(", ")));
            }
        }
        return 0;
    }
}
