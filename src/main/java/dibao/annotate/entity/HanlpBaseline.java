package dibao.annotate.entity;

import com.hankcs.hanlp.seg.common.Term;
import dibao.doc.DocumentJson;
import dibao.doc.Entity;
import dibao.doc.ExtractionDocument;
import dibao.page.Page;
import dibao.page.PageReader;
import dibao.pipeline.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline entity recognition is measured against: HanLP's own person (nr) and organisation
 * (nt) recognition on the page text, nothing else. Writes extraction documents whose entities are
 * only those, for score.py.
 *
 * <p>usage: {@code java -cp dibao.jar dibao.annotate.entity.HanlpBaseline OUT_DIR PAGE[=YYYY-MM-DD]...}
 */
public final class HanlpBaseline {

    private HanlpBaseline() {
    }

    /** HanLP's nr terms as persons and nt terms as organisations, once each. */
    public static List<Entity> entities(String text) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Term t : Hanlp.segmentWithOrganisations(text)) {
            String n = t.nature.toString();
            if (n.startsWith("nr")) {
                persons.add(t.word);
            } else if (n.startsWith("nt")) {
                orgs.add(t.word);
            }
        }
        List<Entity> out = new ArrayList<>();
        persons.forEach(p -> out.add(Entity.person(p, null)));
        orgs.forEach(o -> out.add(Entity.org(o)));
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Extractor extractor = new Extractor();
        for (int i = 1; i < args.length; i++) {
            String[] pd = args[i].split("=", 2);
            Path file = Path.of(pd[0]);
            Page page = PageReader.read(file, pd.length > 1 ? LocalDate.parse(pd[1]) : null);
            ExtractionDocument d = extractor.extract(page);
            ExtractionDocument base = new ExtractionDocument(d.source(), d.paper(), d.date(), d.articles(), d.facts(),
                    entities(page.text()), d.places());
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Files.writeString(out.resolve(stem + ".json"), DocumentJson.write(base, page.text(), false) + "\n",
                    StandardCharsets.UTF_8);
        }
    }
}
