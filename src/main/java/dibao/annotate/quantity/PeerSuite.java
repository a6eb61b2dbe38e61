package dibao.annotate.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs other projects' test cases (shared/peer: Microsoft Recognizers-Text's Chinese specs, cn2an,
 * JioNLP's money parser) against dibao's number and quantity reading, mapping their conventions
 * to ours (FORMAT.md units; a bare number is no quantity; a range or bound is one number per end
 * with its approx). Each case is either in scope, and passes or fails, or out of scope with the
 * class that puts it there.
 */
public final class PeerSuite {

    /** One case's fate: null outOfScope means in scope. */
    public record Outcome(String input, String outOfScope, boolean passed, String expected, String got) {
        static Outcome skip(String input, String why) {
            return new Outcome(input, why, false, null, null);
        }
    }

    /** The outcomes of one peer file. */
    public record FileResult(String name, List<Outcome> outcomes) {
        public long inScope() {
            return outcomes.stream().filter(o -> o.outOfScope() == null).count();
        }

        public long passed() {
            return outcomes.stream().filter(o -> o.outOfScope() == null && o.passed()).count();
        }

        public double passRate() {
            return inScope() == 0 ? 1.0 : (double) passed() / inScope();
        }

        public Map<String, Long> outOfScopeClasses() {
            Map<String, Long> m = new LinkedHashMap<>();
            outcomes.stream().filter(o -> o.outOfScope() != null).forEach(o -> m.merge(o.outOfScope(), 1L, Long::sum));
            return m;
        }

        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> o.outOfScope() == null && !o.passed()).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final QuantityExtractor extractor = new QuantityExtractor();

    /** The peer files this suite knows, relative to the peer folder. */
    public static final List<String> FILES = List.of(
            "recognizers-text/Specs/Number/Chinese/NumberModel.json",
            "recognizers-text/Specs/Number/Chinese/PercentModel.json",
            "recognizers-text/Specs/NumberWithUnit/Chinese/CurrencyModel.json",
            "recognizers-text/Specs/Number/Chinese/OrdinalModel.json",
            "recognizers-text/Specs/Number/Chinese/NumberRangeModel.json",
            "recognizers-text/Specs/NumberWithUnit/Chinese/DimensionModel.json",
            "recognizers-text/Specs/NumberWithUnit/Chinese/TemperatureModel.json",
            "cn2an/cn2an_cases.json",
            "jionlp/test_money_parser.cases.json");

    public FileResult run(Path peerDir, String file) throws IOException {
        JsonNode root = read(peerDir.resolve(file));
        String name = Path.of(file).getFileName().toString();
        List<Outcome> out = new ArrayList<>();
        switch (name) {
            case "NumberModel.json" -> root.forEach(c -> out.add(numberCase(c)));
            case "PercentModel.json" -> root.forEach(c -> out.add(unitCase(c, PeerSuite::percentOf)));
            case "CurrencyModel.json" -> root.forEach(c -> out.add(unitCase(c, PeerSuite::currencyOf)));
            case "DimensionModel.json" -> root.forEach(c -> out.add(unitCase(c, PeerSuite::dimensionOf)));
            case "TemperatureModel.json" -> root.forEach(c -> out.add(unitCase(c, PeerSuite::temperatureOf)));
            case "OrdinalModel.json" -> root.forEach(c -> out.add(ordinalCase(c)));
            case "NumberRangeModel.json" -> root.forEach(c -> out.add(rangeCase(c)));
            case "cn2an_cases.json" -> cn2an(root, out);
            case "test_money_parser.cases.json" -> root.forEach(g -> g.get("cases").forEach(c -> out.add(moneyCase(c))));
            default -> throw new IllegalArgumentException("unknown peer file " + file);
        }
        return new FileResult(name, out);
    }

    public List<FileResult> runAll(Path peerDir) throws IOException {
        List<FileResult> results = new ArrayList<>();
        for (String f : FILES) {
            if (Files.isRegularFile(peerDir.resolve(f))) {
                results.add(run(peerDir, f));
            }
        }
        return results;
    }

    private static JsonNode read(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return JSON.readTree(s);
    }

    // ------------------------------------------------------------ Recognizers-Text

    /** Classes of input dibao does not read, whatever the model. */
    private static String commonScope(String input) {
        // what dibao reads across a space: an Arabic number and its 万/亿 (177.1 亿元), a number and a
        // bound word (170 之下); a space inside a numeral (三千 九百) stays out
        String probe = input.replaceAll("([0-9０-９])[ \u3000]{1,2}([万亿萬億])", "$1$2")
                .replaceAll("[ \u3000]+之([下上间內内])", "之$1");
        if (probe.matches(".*[0-9０-９一二三四五六七八九十百千万亿萬億两点點成個个分之．.][ \u3000]+"
                + "[0-9０-９一二三四五六七八九十百千万亿萬億两点點成折余個个分之kK].*")) {
            return "spaced-out digits (OCR noise such as 十 余 万, 7 2 折)";
        }
        if (input.matches(".*[A-Za-z]{3,}.*")) {
            return "English or mixed-language input";
        }
        if (input.matches(".*[0-9０-９.][kKＫｋwW]([^a-zA-Z].*)?$")) {
            return "internet shorthand (15k, 30w, 3.2k)";
        }
        return null;
    }

    private Outcome numberCase(JsonNode c) {
        String input = c.get("Input").asText();
        JsonNode results = c.get("Results");
        if (results.isEmpty()) {
            return Outcome.skip(input, "no number expected (一切, 万一): dibao decides at the unit stage");
        }
        String scope = commonScope(input);
        if (scope != null) {
            return Outcome.skip(input, scope);
        }
        List<Double> expected = new ArrayList<>();
        for (JsonNode r : results) {
            String text = r.get("Text").asText();
            if (text.matches(".*[eE^kKmMgGtT].*|.*打.*|.*半.*|.*对.*")) {
                return Outcome.skip(input, "notations dibao does not read as one number (1e5, 2^5, 一打, 半百): not in news figures");
            }
            double v = parseDouble(r.get("Resolution").path("value").asText());
            if (Double.isNaN(v)) {
                return Outcome.skip(input, "non-numeric resolution");
            }
            expected.add(v);
        }
        List<Double> got = Numbers.find(input).stream().map(Numbers.Mention::value).toList();
        return new Outcome(input, null, sameValues(expected, got), expected.toString(), got.toString());
    }

    /** A Recognizers-Text unit resolution mapped to (dibao unit, value), or a reason it is out of scope. */
    private record Mapped(String unit, double value, String outOfScope) {
    }

    private Outcome unitCase(JsonNode c, Function<JsonNode, Mapped> map) {
        String input = c.get("Input").asText();
        String scope = commonScope(input);
        if (scope != null) {
            return Outcome.skip(input, scope);
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode r : c.get("Results")) {
            Mapped m = map.apply(r);
            if (m.outOfScope() != null) {
                return Outcome.skip(input, m.outOfScope());
            }
            expected.add(key(m.unit(), m.value()));
        }
        String wanted = expected.isEmpty() ? null : expected.get(0).substring(0, expected.get(0).indexOf(' '));
        List<String> got = new ArrayList<>();
        for (Quantity q : extractor.extract(input)) {
            String unitClass = unitClassOf(q.unit());
            if (wanted == null || unitClassOf(wanted).equals(unitClass)) {
                got.add(key(q.unit().equals("pp") ? "%" : q.unit(), q.value()));
            }
        }
        if (wanted == null) {
            got.removeIf(g -> false);
        }
        return new Outcome(input, null, expected.equals(got), expected.toString(), got.toString());
    }

    private static String unitClassOf(String unit) {
        return switch (unit) {
            case "CNY", "USD", "EUR", "HKD", "JPY", "GBP", "TWD", "KRW", "AUD", "RUB", "THB", "CHF" -> "money";
            case "%", "pp" -> "percent";
            case "°C" -> "temperature";
            case "t", "kg", "g", "m", "km", "cm", "mm", "mu", "ha", "m2", "km2", "m3", "kW", "kWh" -> "dimension";
            default -> "other";
        };
    }

    private static Mapped percentOf(JsonNode r) {
        String text = r.get("Text").asText();
        String v = r.get("Resolution").path("value").asText();
        if (text.contains("折")) {
            return new Mapped(null, 0, "discounts (打八折): retail notation, not in local news statistics");
        }
        if (!"percentage".equals(r.get("TypeName").asText()) || !v.endsWith("%")) {
            return new Mapped(null, 0, "non-numeric resolution");
        }
        return new Mapped("%", parseDouble(v.substring(0, v.length() - 1)), null);
    }

    private static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "HKD", "JPY",
            "GBP", "TWD", "KRW", "AUD", "RUB", "THB", "CHF");

    private static Mapped currencyOf(JsonNode r) {
        JsonNode res = r.get("Resolution");
        String iso = res.path("isoCurrency").asText("");
        String text = r.get("Text").asText();
        if (!CURRENCIES.contains(iso)) {
            return new Mapped(null, 0, "currencies outside dibao's table (奈拉, 比特币, a bare $)");
        }
        if (!iso.equals("CNY") && text.matches(".*(銭|美分|[元圆块][0-9一二三四五六七八九]).*")) {
            return new Mapped(null, 0, "sub-units of foreign currencies (日本銭, 美分): not in local news");
        }
        double v = parseDouble(res.path("value").asText());
        if (Double.isNaN(v)) {
            return new Mapped(null, 0, "non-numeric resolution");
        }
        return new Mapped(iso, v, null);
    }

    private static final Map<String, String> DIMENSIONS = Map.ofEntries(Map.entry("Mu", "mu"),
            Map.entry("Kilogram", "kg"), Map.entry("Centimeter", "cm"), Map.entry("Meter", "m"),
            Map.entry("Ton", "t"), Map.entry("Kilometer", "km"), Map.entry("Millimeter", "mm"),
            Map.entry("Hectare", "ha"), Map.entry("Square meter", "m2"), Map.entry("Square kilometer", "km2"),
            Map.entry("Cubic meter", "m3"), Map.entry("Gram", "g"), Map.entry("Jin", "kg"),
            Map.entry("Kilowatt", "kW"));

    private static Mapped dimensionOf(JsonNode r) {
        JsonNode res = r.get("Resolution");
        String unit = DIMENSIONS.get(res.path("unit").asText());
        if (unit == null) {
            return new Mapped(null, 0, "dimensions outside dibao's units (bytes, hertz, 千卡, 两, 微克 ...)");
        }
        double v = parseDouble(res.path("value").asText());
        if (Double.isNaN(v)) {
            return new Mapped(null, 0, "non-numeric resolution");
        }
        if (res.path("unit").asText().equals("Jin")) {
            v *= 0.5;
        }
        return new Mapped(unit, v, null);
    }

    private static Mapped temperatureOf(JsonNode r) {
        JsonNode res = r.get("Resolution");
        String unit = res.path("unit").asText();
        if (!unit.equals("C") && !unit.equals("Degree")) {
            return new Mapped(null, 0, "Fahrenheit and other scales (华氏): not used in Chinese news");
        }
        double v = parseDouble(res.path("value").asText());
        if (Double.isNaN(v)) {
            return new Mapped(null, 0, "a unit with no number (摄氏度 alone)");
        }
        return new Mapped("°C", v, null);
    }

    private Outcome ordinalCase(JsonNode c) {
        String input = c.get("Input").asText();
        List<Double> expected = new ArrayList<>();
        c.get("Results").forEach(r -> expected.add(parseDouble(r.get("Resolution").path("value").asText())));
        List<Double> got = Numbers.find(input).stream()
                .filter(m -> m.start() > 0 && input.charAt(m.start() - 1) == '第').map(Numbers.Mention::value).toList();
        return new Outcome(input, null, sameValues(expected, got), expected.toString(), got.toString());
    }

    /** The approx values that bound a number (FORMAT.md); about and null leave it unbounded. */
    private static final Set<String> BOUNDS = Set.of("over", "under", "at_least", "at_most");

    /**
     * A Recognizers-Text range is an interval; dibao writes the same as one bound per number (FORMAT.md
     * approx): (20,35] is 20 over and 35 at_most, [30,) is 30 at_least, [170,170] is 170 with no approx.
     * Conventions mapped: a range written with a connector (20到30, 20和30之间) is two range ends, whatever
     * the peer's brackets ([20,30) by its convention); 以上/以下 include the number itself in Chinese usage
     * (as in statute), so the peer's open (500,) for 五百以上 is at_least. Bounds are compared as sets, so
     * 大于10小于20 read as two bounds matches the peer's one interval (10,20). dibao's numbers inside the
     * peer's spans count, and so does any bound or range dibao claims elsewhere in the input.
     */
    private Outcome rangeCase(JsonNode c) {
        String input = c.get("Input").asText();
        String scope = commonScope(input);
        if (scope != null) {
            return Outcome.skip(input, scope);
        }
        List<String> expected = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (JsonNode r : c.get("Results")) {
            String text = r.get("Text").asText();
            String v = r.get("Resolution").path("value").asText();
            if (!v.matches("[\\[(][^,]*,[^,]*[\\])]")) {
                return Outcome.skip(input, "non-numeric resolution");
            }
            String[] ends = v.substring(1, v.length() - 1).split(",", -1);
            Double low = ends[0].isEmpty() ? null : parseDouble(ends[0]);
            Double high = ends[1].isEmpty() ? null : parseDouble(ends[1]);
            boolean lowClosed = v.startsWith("[");
            boolean highClosed = v.endsWith("]");
            spans.add(new int[] {r.get("Start").asInt(), r.get("End").asInt() + 1});
            boolean compared = text.matches(".*(大于|小于|等于|最多|最少|至少|不|超过|过|以上|以下|之下|比|≥|≤|<|>|少于|多于|低于|高于|更多|[多余几幾]).*");
            if (low != null && high != null && low.equals(high) && lowClosed && highClosed) {
                expected.add(boundKey(low, null));
            } else if (low != null && high != null && !compared) {
                expected.add(boundKey(low, null));
                expected.add(boundKey(high, null));
            } else {
                if (low != null) {
                    expected.add(boundKey(low, lowClosed || text.contains("以上") ? "at_least" : "over"));
                }
                if (high != null) {
                    expected.add(boundKey(high, highClosed || text.contains("以下") ? "at_most" : "under"));
                }
            }
        }
        List<String> got = new ArrayList<>();
        for (NumberBounds.Bound b : NumberBounds.find(input)) {
            boolean inSpan = spans.stream().anyMatch(s -> b.start() < s[1] && b.end() > s[0]);
            if (inSpan || b.range() || b.approx() != null && BOUNDS.contains(b.approx())) {
                got.add(boundKey(b.value(), b.approx()));
            }
        }
        expected.sort(null);
        got.sort(null);
        return new Outcome(input, null, expected.equals(got), expected.toString(), got.toString());
    }

    private static String boundKey(double value, String approx) {
        return key(approx != null && BOUNDS.contains(approx) ? approx : "-", value);
    }

    // ------------------------------------------------------------ cn2an, JioNLP

    private void cn2an(JsonNode root, List<Outcome> out) {
        JsonNode cn2an = root.path("cn2an_test.py");
        for (String set : List.of("strict_data_dict", "normal_data_dict", "smart_data_dict")) {
            for (JsonNode c : cn2an.path(set)) {
                String input = c.get(0).asText();
                double expected = c.get(1).asDouble();
                if (input.matches(".*[元圆角分].*")) {
                    // cheque-style money (壹拾壹元整, 元角分): a quantity, read by the extractor
                    List<Double> got = extractor.extract(input).stream().filter(q -> q.unit().equals("CNY"))
                            .map(Quantity::value).toList();
                    out.add(new Outcome(input, null, got.size() == 1 && close(expected, got.get(0)),
                            String.valueOf(expected), got.toString()));
                    continue;
                }
                double got = Numbers.parse(input);
                out.add(new Outcome(input, null, close(expected, got), String.valueOf(expected), String.valueOf(got)));
            }
        }
        cn2an.path("direct_data_dict").forEach(c -> out.add(Outcome.skip(c.get(0).asText(),
                "cn2an direct mode (digit strings with leading zeros, 零一 -> \"01\"): identifiers, not quantities")));
        cn2an.path("error_strict_datas").forEach(c -> out.add(Outcome.skip(c.asText(),
                "cn2an strict-mode errors (一一, 百十一): dibao reads leniently, like cn2an's normal mode")));
        for (String set : List.of("error_normal_datas", "error_smart_datas")) {
            for (JsonNode c : cn2an.path(set)) {
                double got = Numbers.parse(c.asText());
                out.add(new Outcome(c.asText(), null, Double.isNaN(got), "NaN", String.valueOf(got)));
            }
        }
        root.path("an2cn_test.py").forEach(set -> set.forEach(c -> out.add(Outcome.skip(c.toString(),
                "an2cn (writing numbers as Chinese text): dibao only reads numbers"))));
        root.path("transform_test.py").forEach(set -> set.forEach(c -> out.add(Outcome.skip(c.toString(),
                "transform (rewriting whole sentences): dibao annotates, it does not rewrite text"))));
    }

    private static final Map<String, String> MONEY_CASES = Map.ofEntries(Map.entry("元", "CNY"),
            Map.entry("美元", "USD"), Map.entry("港元", "HKD"), Map.entry("日元", "JPY"), Map.entry("欧元", "EUR"),
            Map.entry("新台币", "TWD"), Map.entry("英镑", "GBP"), Map.entry("澳元", "AUD"), Map.entry("韩元", "KRW"),
            Map.entry("泰铢", "THB"), Map.entry("卢布", "RUB"));

    private Outcome moneyCase(JsonNode c) {
        String input = c.get(0).asText();
        JsonNode exp = c.get(1);
        String unit = MONEY_CASES.get(exp.path("case").asText());
        if (unit == null) {
            return Outcome.skip(input, "currencies outside dibao's table");
        }
        if (!unit.equals("CNY") && input.matches(".*[角分毛].*|.*[元圆块][0-9一二三四五六七八九零].*")) {
            return Outcome.skip(input, "sub-units of foreign currencies (日本銭, 美分): not in local news");
        }
        if (input.matches(".*[kKwW].*")) {
            return Outcome.skip(input, "internet shorthand (15k, 30w)");
        }
        if (!input.matches(".*(元|圆|块|美元|美金|港元|港币|日元|欧元|台币|英镑|人民币|泰铢|卢布).*")) {
            return Outcome.skip(input, "a bare number read as money (三百万): dibao needs the unit written");
        }
        String scope = commonScope(input);
        if (scope != null) {
            return Outcome.skip(input, scope);
        }
        String definition = exp.path("definition").asText();
        if (definition.equals("accurate")) {
            double expected = parseDouble(exp.path("num").asText());
            List<String> got = extractor.extract(input).stream().filter(q -> unitClassOf(q.unit()).equals("money"))
                    .map(q -> key(q.unit(), q.value())).toList();
            List<String> want = List.of(key(unit, expected));
            return new Outcome(input, null, want.equals(got), want.toString(), got.toString());
        }
        return blurredMoneyCase(input, exp, unit, definition);
    }

    /**
     * JioNLP's blurred money mapped to FORMAT.md: a single figure keeps its value and the approx says
     * which way it leans (blur is about, blur- under or at_most, blur+ over or at_least); a range written
     * with a connector (1万-5万元, 两到三万港元) or as a digit pair (三五百块) is two range ends; a range JioNLP makes of one rounded
     * figure (3000多欧元 is [3000, 4000], 数十亿元 [1e9, 1e10]) is dibao's lower figure, over.
     */
    private Outcome blurredMoneyCase(String input, JsonNode exp, String unit, String definition) {
        JsonNode num = exp.get("num");
        List<String> want = new ArrayList<>();
        boolean digitPair = input.matches(".*(一二|二三|两三|三四|三五|四五|五六|六七|七八|八九).*");
        boolean range = num.isArray() && (digitPair || input.matches(".*[到至~～\\-—].*"));
        if (range) {
            num.forEach(n -> want.add(key(unit, parseDouble(n.asText()))));
        } else if (num.isArray()) {
            want.add(key(unit, parseDouble(num.get(0).asText())) + " over");
        } else {
            String lean = switch (definition) {
                case "blur+" -> "over";
                case "blur-" -> "under";
                default -> "about";
            };
            want.add(key(unit, parseDouble(num.asText())) + " " + lean);
        }
        List<String> got = new ArrayList<>();
        for (Quantity q : extractor.extract(input)) {
            if (unitClassOf(q.unit()).equals("money")) {
                got.add(range ? key(q.unit(), q.value()) : key(q.unit(), q.value()) + " " + lean(q.approx()));
            }
        }
        return new Outcome(input, null, want.equals(got), want.toString(), got.toString());
    }

    /** Which way an approx leans: over (over, at_least), under (under, at_most), about, or - for none. */
    private static String lean(String approx) {
        if (approx == null) {
            return "-";
        }
        return switch (approx) {
            case "over", "at_least" -> "over";
            case "under", "at_most" -> "under";
            default -> approx;
        };
    }

    // ------------------------------------------------------------ helpers

    private static String key(String unit, double value) {
        return unit + " " + new java.math.BigDecimal(value).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString();
    }

    private static boolean sameValues(List<Double> expected, List<Double> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!close(expected.get(i), got.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return Objects.equals(a, b) || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }
}
