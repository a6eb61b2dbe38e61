package dibao.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated lexicons dibao keeps as data (units, titles, indicators, gazetteer ...).
 * Lines starting with {@code #} and blank lines are comments. A user extends a lexicon by
 * editing the resource, or by putting a file of the same name in the folder named by the system
 * property {@code dibao.lexicons} (its rows are read after the built-in ones).
 */
public final class Tsv {

    private Tsv() {
    }

    /** Rows of the resource {@code /dibao/lexicon/NAME}, then of the user's override file if any. */
    public static List<String[]> read(String name) {
        List<String[]> rows = new ArrayList<>();
        String resource = "/dibao/lexicon/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            readInto(in, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("reading lexicon " + resource, e);
        }
        String dir = System.getProperty("dibao.lexicons");
        if (dir != null) {
            Path extra = Path.of(dir, name);
            if (Files.isRegularFile(extra)) {
                try (InputStream in = Files.newInputStream(extra)) {
                    readInto(in, rows);
                } catch (IOException e) {
                    throw new UncheckedIOException("reading lexicon " + extra, e);
                }
            }
        }
        return rows;
    }

    private static void readInto(InputStream in, List<String[]> rows) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
    }
}
