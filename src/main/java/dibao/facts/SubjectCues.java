package dibao.facts;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dibao.annotate.entity.Mention;
import dibao.lexicon.Papers.PaperInfo;
import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the subject cues of an article: named organisations and places (from the entity
 * recogniser's mentions, with a small fallback of its own), the paper's city by its short name,
 * and the words that point to a subject (我市, 全省, 该公司, 综保区: subject_markers.tsv), each
 * resolved to the fullest name it stands for at that point of the text.
 */
final class SubjectCues {

    private static final List<String[]> MARKERS = loadMarkers();
    /** subject_names.tsv: words by kind (institution, department, village, media), longest first. */
    private static final Map<String, List<String>> NAMES = loadNames();
    private static final Pattern INSTITUTION_AFTER_PLACE = Pattern.compile(
            "\\p{IsHan}{0,4}?(?:" + alternation(NAMES.get("institution")) + ")");
    /** 省农业农村厅, 市生态环境局: 省 / 市 alone, not the end of a longer word, then the body. */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:(?<!\\p{IsHan})|(?<=[由经和与及]))([省市])([\\p{IsHan}&&[^的和与在为对是了省市]]{1,6}?)(?:"
                    + alternation(NAMES.get("department")) + ")");
    private static final Pattern LOCAL_INSTITUTION = Pattern.compile(
            "(?:(?<!\\p{IsHan})|(?<=[由经和与及在]))([省市])((?:[\\p{IsHan}&&[^的和与在为对是了省市]]{0,4}?)(?:"
                    + alternation(NAMES.get("institution")) + "))");
    /** 石门村位于..., 青山镇今年...: a village or town of 2-3 chars opening a clause. */
    private static final Pattern VILLAGE = Pattern.compile(
            "(?:^|(?<=[\\s，。、“：:；,;]))(\\p{IsHan}{2,3}?)(" + alternation(NAMES.get("village")) + ")(?=\\p{IsHan})");
    /** First parts of words ending like a village name that are no names (美丽乡村, 示范村). */
    private static final Pattern NOT_A_VILLAGE_NAME = Pattern.compile(
            "^(全|该|本|各|每|这|那|一|乡|农|城|村|镇|示范|美丽|贫困|重点|行政|自然|文明|特色|旅游|试点|先进|集体|小城|新农|和美|宜居"
                    + "|智慧|和谐|平安|绿色|红色|生态|数字|幸福|明星|样板|整治|帮扶|易地|偏远|边远|传统|历史|新型).*"
                    + "|.*[农乡城村镇]$");
    /** What follows a village suffix when it starts another word (村民, 乡镇, 镇级). */
    private static final String VILLAGE_WORD_GOES_ON = "民里内级委务干部集容落庄镇村政亲";
    /** Suffixes of organisation names (a HanLP organisation term is only trusted with one). */
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(有限责任公司|股份有限公司|有限公司|公司|集团|银行|医院|法院|检察院|研究院|学院|大学|海关|管理局|局|馆|厂|中心|协会|合作社)$");
    private static final Pattern GENERIC_ORG = Pattern.compile("(机构|企业|单位|部门|代表|人|公司|集团)$");
    private static final Pattern DISTRICT = Pattern.compile("\\p{IsHan}{2}(?:区|县)");
    private static final Pattern ZONE_SUFFIX = Pattern.compile(
            "综合保税区|综保区|高新技术产业开发区|高新区|经济技术开发区|经开区|产业园|工业园");
    private static final java.util.Set<String> NOT_DISTRICTS = java.util.Set.of(
            "全区", "该区", "城区", "园区", "社区", "片区", "保区", "范区", "护区", "景区", "库区", "山区", "辖区", "新区",
            "地区", "小区", "工区", "街区", "市区", "县区", "城县", "郊区", "湾区", "矿区", "营区", "厂区", "校区", "全县", "该县",
            "验区", "发区", "业区", "聚区", "集区", "点区", "游区", "生区", "老区", "专区", "边区", "灾区", "牧区", "林区");

    private static final Pattern COMPANY = Pattern.compile(
            "([\\p{IsHan}（）()]{2,16}?)(股份有限公司|有限责任公司|有限公司|集团|公司|专业合作社|合作社|分行|支行)");
    /** A park or zone named at the start of a line or clause (云溪智能装备产业园 开工建设). */
    private static final Pattern PARK = Pattern.compile(
            "(?m)(?:^|(?<=[\\s，。、“：:]))(\\p{IsHan}{2,8}?)(产业园|工业园|产业基地|综合保税区|综保区|科技园|风景名胜区|风景区|景区|旅游区|度假区)");

    /** A name's ending that a company's short name keeps (湘江新材料公司, 金鹰合作社). */
    private static final Pattern WEAK_ORG_SUFFIX = Pattern.compile("(公司|集团|合作社)$");

    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(股份有限公司|有限责任公司|有限公司|集团|专业合作社)$");

    /** One-char words that never start a name. */
    private static final String FUNCTION_CHARS = "在对向与和从到为给把被由将是的了及或跟同让使据经自于";

    private static Segment segment;

    /** Where a name ending at {@code suffixStart} begins: back over noun-like words only. */
    private static int nameStart(String text, int from, int suffixStart) {
        String head = text.substring(from, suffixStart);
        List<Term> terms = segment().seg(head);
        int start = suffixStart;
        int k = terms.size() - 1;
        for (; k >= 0; k--) {
            Term t = terms.get(k);
            String n = t.nature.toString();
            boolean nounish = n.startsWith("n") || n.startsWith("j") || n.startsWith("b") || n.equals("vn")
                    || n.startsWith("g") || t.word.matches("[（）()]+");
            if (!nounish) {
                break;
            }
            start -= t.word.length();
        }
        // a one-char word the segmenter split off a name's head (依|美园, 近|山院) belongs to it
        // when a clause boundary, a verb or a preposition stands before it (走进依美园...)
        if (k >= 0 && terms.get(k).word.length() == 1 && Character.isIdeographic(terms.get(k).word.charAt(0))
                && FUNCTION_CHARS.indexOf(terms.get(k).word.charAt(0)) < 0) {
            boolean openedBefore = k == 0 ? from == 0 || !Character.isIdeographic(text.charAt(from - 1))
                    || text.charAt(from - 1) == '、' : isVerbOrBoundary(terms.get(k - 1));
            if (openedBefore && start - 1 >= from) {
                start -= 1;
            }
        }
        return start;
    }

    private static boolean isVerbOrBoundary(Term t) {
        String n = t.nature.toString();
        return n.startsWith("v") || n.startsWith("p") || n.startsWith("w");
    }

    private static List<String[]> loadMarkers() {
        List<String[]> rows = new ArrayList<>(Tsv.read("subject_markers.tsv"));
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        return rows;
    }

    private static Map<String, List<String>> loadNames() {
        Map<String, List<String>> byKind = new HashMap<>();
        for (String[] r : Tsv.read("subject_names.tsv")) {
            if (r.length > 1) {
                byKind.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
            }
        }
        for (String kind : List.of("institution", "department", "village", "media")) {
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).sort(Comparator.comparingInt(String::length).reversed());
        }
        return byKind;
    }

    /** 举办..., 经...: a clause opening with a verb or preposition names no village. */
    private static boolean startsWithVerb(String s) {
        List<Term> terms = segment().seg(s);
        String n = terms.isEmpty() ? "" : terms.get(0).nature.toString();
        return n.startsWith("v") || n.startsWith("p") || n.startsWith("d") || n.startsWith("c");
    }

    private static String alternation(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.length() == 0 ? "(?!)" : sb.toString();
    }

    static synchronized Segment segment() {
        if (segment == null) {
            segment = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(false)
                    .enableNameRecognize(false);
        }
        return segment;
    }

    private SubjectCues() {
    }

    /** The cues of {@code text}, in text order, overlapping cues resolved longest first. */
    static List<SubjectCue> find(String text, List<Mention> mentions, PaperInfo home) {
        String city = home == null ? null : home.city();
        String province = home == null ? null : home.province();
        String cityShort = city == null ? null : shortName(city);
        String provinceShort = province == null ? null : shortName(province);

        List<SubjectCue> named = new ArrayList<>();
        for (Mention m : mentions) {
            if ("org".equals(m.type()) || "place".equals(m.type())) {
                named.add(new SubjectCue(m.start(), m.end(), m.name(), "org".equals(m.type()) ? "ORG" : "PLACE"));
            }
        }
        // Fallback organisations: a company's legal name, taken back from its suffix over the
        // noun-like words before it (江城电工云溪变压器有限公司).
        Matcher co = COMPANY.matcher(text);
        while (co.find()) {
            int start = nameStart(text, co.start(1), co.start(2));
            String name = text.substring(start, co.end());
            if (co.end() - start >= co.group(2).length() + 2 && !name.matches("^(该|本|我们|我|子|分|总|这家|这|那家).*")) {
                named.add(new SubjectCue(start, co.end(), text.substring(start, co.end()), "ORG"));
            }
        }
        // a company named in full is then called by its short name (江南物流有限责任公司 -> 江南物流)
        List<SubjectCue> shortNames = new ArrayList<>();
        for (SubjectCue c : named) {
            if ("ORG".equals(c.role())) {
                String shortName = LEGAL_SUFFIX.matcher(c.subject()).replaceFirst("");
                if (home != null && home.city() != null && shortName.startsWith(shortName(home.city()))) {
                    shortName = shortName.substring(shortName(home.city()).length());
                }
                if (shortName.length() >= 3 && !shortName.equals(c.subject())) {
                    for (int k = text.indexOf(shortName); k >= 0; k = text.indexOf(shortName, k + 1)) {
                        shortNames.add(new SubjectCue(k, k + shortName.length(), c.subject(), "ORG"));
                    }
                }
            }
        }
        named.addAll(shortNames);
        Matcher park = PARK.matcher(text);
        while (park.find()) {
            // a park's name runs from the clause start, less the verb before it (建成现代农业产业园)
            int start = park.start(1);
            String head = park.group(1);
            String lead = Cues.defaults().prefix("lead", head);
            if (lead == null) {
                lead = Cues.defaults().prefix("object", head);
            }
            if (lead == null) {
                List<Term> terms = segment().seg(head);
                String n = terms.isEmpty() ? "" : terms.get(0).nature.toString();
                if (n.startsWith("v") || n.startsWith("p")) {
                    lead = terms.get(0).word;
                }
            }
            if (lead != null && head.length() > lead.length() + 1) {
                start += lead.length();
            }
            if (park.start(2) - start >= 2) {
                named.add(new SubjectCue(start, park.end(), text.substring(start, park.end()), "ZONE"));
            }
        }
        Matcher z = ZONE_SUFFIX.matcher(text);
        while (z.find()) {
            if (cityShort != null && z.start() >= cityShort.length()
                    && text.startsWith(cityShort, z.start() - cityShort.length())) {
                named.add(new SubjectCue(z.start() - cityShort.length(), z.end(),
                        cityShort + z.group(), "ZONE"));
            }
        }
        Matcher d = DISTRICT.matcher(text);
        while (d.find()) {
            boolean wordGoesOn = d.end() < text.length() && "域别间块位外内".indexOf(text.charAt(d.end())) >= 0;
            if (!wordGoesOn && !NOT_DISTRICTS.contains(d.group().substring(1)) && !NOT_DISTRICTS.contains(d.group())
                    && !d.group().startsWith("全") && !d.group().startsWith("该")) {
                named.add(new SubjectCue(d.start(), d.end(), d.group(), "DISTRICT"));
            }
        }
        if (city != null) {
            addAll(named, text, city, city, "CITY");
            addAll(named, text, cityShort, city, "CITY");
        }
        if (province != null) {
            addAll(named, text, province, province, "PROVINCE");
            addAll(named, text, provinceShort, province, "PROVINCE");
        }
        // a government body of the province or the city stands for it (由省农业农村厅组织...)
        Matcher dep = DEPARTMENT.matcher(text);
        while (dep.find()) {
            named.add(new SubjectCue(dep.start(), dep.end(), null, dep.group(1).equals("省") ? "PROVINCE" : "CITY"));
        }
        Matcher village = VILLAGE.matcher(text);
        while (village.find()) {
            char next = text.charAt(village.end());
            if (!NOT_A_VILLAGE_NAME.matcher(village.group(1)).matches() && VILLAGE_WORD_GOES_ON.indexOf(next) < 0
                    && !startsWithVerb(village.group(1))) {
                named.add(new SubjectCue(village.start(), village.end(), village.group(), "TOWN"));
            }
        }
        // an institution named by a place before it (衡阳中院, 衡南县人民医院)
        List<SubjectCue> institutions = new ArrayList<>();
        for (SubjectCue c : named) {
            boolean place = "CITY".equals(c.role()) || "PROVINCE".equals(c.role()) || "DISTRICT".equals(c.role())
                    || "PLACE".equals(c.role());
            if (place && c.subject() != null) {
                Matcher inst = INSTITUTION_AFTER_PLACE.matcher(text).region(c.end(), text.length());
                if (inst.lookingAt()) {
                    institutions.add(new SubjectCue(c.start(), inst.end(), text.substring(c.start(), inst.end()), "ORG"));
                }
            }
        }
        named.addAll(institutions);
        // 市中级人民法院, 省人民医院: the institution of the paper's city / province
        Matcher local = LOCAL_INSTITUTION.matcher(text);
        while (local.find()) {
            String region = local.group(1).equals("省") ? province : city;
            if (region != null) {
                named.add(new SubjectCue(local.start(), local.end(), region + local.group(2), "ORG"));
            }
        }
        for (String[] r : MARKERS) {
            String role = r.length > 1 ? r[1] : "";
            List<SubjectCue> found = new ArrayList<>();
            addAll(found, text, r[0], null, role);
            for (SubjectCue c : found) {
                // a bare 公司 / 企业 points back only when it opens a clause (企业如今拥有...),
                // not inside a noun (小巨人企业)
                boolean bare = (r[0].length() <= 2 || r[0].length() == 3 && "ORG".equals(role)) && !r[0].startsWith("该") && !r[0].startsWith("全")
                        && !r[0].startsWith("我") && !r[0].startsWith("本") && ("ORG".equals(role) || "ZONE".equals(role));
                if (!bare || c.start() == 0 || !Character.isIdeographic(text.charAt(c.start() - 1))) {
                    named.add(c);
                }
            }
        }
        List<SubjectCue> kept = longestFirst(named);
        kept.removeIf(c -> isMasthead(text, c));
        return resolve(kept, city, province, text);
    }

    /** 衡阳日报讯, 据衡阳晚报报道: the place names a newspaper or station, not a subject. */
    private static boolean isMasthead(String text, SubjectCue c) {
        for (String w : NAMES.get("media")) {
            if (text.startsWith(w, c.end())) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(List<SubjectCue> out, String text, String word, String subject, String role) {
        if (word == null || word.isEmpty()) {
            return;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            out.add(new SubjectCue(i, i + word.length(), subject, role));
        }
    }

    /** Drops cues overlapping a longer (or earlier named) one; linear in the cues' lengths. */
    private static List<SubjectCue> longestFirst(List<SubjectCue> cues) {
        List<SubjectCue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt((SubjectCue c) -> c.end() - c.start()).reversed()
                .thenComparingInt(c -> c.subject() == null ? 1 : 0));
        java.util.BitSet taken = new java.util.BitSet();
        List<SubjectCue> kept = new ArrayList<>();
        for (SubjectCue c : sorted) {
            int clash = taken.nextSetBit(c.start());
            if (clash < 0 || clash >= c.end()) {
                taken.set(c.start(), c.end());
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(SubjectCue::start));
        return kept;
    }

    /**
     * Gives each pointing cue (我市, 该公司, 综保区) the name it points to: the paper's city or
     * province, or the last organisation / zone / district named before it. A short name of an
     * organisation named in full before resolves to the full name.
     */
    private static List<SubjectCue> resolve(List<SubjectCue> cues, String city, String province, String text) {
        List<SubjectCue> out = new ArrayList<>();
        Map<String, String> lastByRole = new HashMap<>();
        List<String> fullOrgs = new ArrayList<>();
        // legal names anywhere in the article: a headline may call a company by its short name
        // before the body names it in full
        List<String> legalNames = new ArrayList<>();
        for (SubjectCue c : cues) {
            if ("ORG".equals(c.role()) && c.subject() != null && LEGAL_SUFFIX.matcher(c.subject()).find()) {
                legalNames.add(c.subject());
            }
        }
        SubjectCue countyCity = null;
        for (SubjectCue c : cues) {
            String subject = c.subject();
            if (subject == null && countyCity != null && text.startsWith("全市", c.start())
                    && sameParagraph(text, countyCity.end(), c.start())) {
                // 醴陵市是陶瓷之都。……全市拥有陶瓷企业650家: in a paragraph about a county-level
                // city, 全市 is that city, not the paper's
                subject = countyCity.subject();
            } else if (subject == null) {
                subject = switch (c.role()) {
                    case "CITY" -> city;
                    case "PROVINCE" -> province;
                    case "COUNTRY" -> "中国";
                    default -> lastByRole.get(c.role());
                };
            } else if ("ORG".equals(c.role())) {
                String named = subject;
                for (String full : fullOrgs) {
                    if (full.length() > subject.length() && full.contains(subject)) {
                        subject = full;
                        break;
                    }
                }
                if (subject.equals(named)) {
                    String core = WEAK_ORG_SUFFIX.matcher(named).replaceFirst("");
                    for (String legal : legalNames) {
                        if (core.length() >= 3 && legal.length() > named.length() && legal.contains(core)) {
                            subject = legal; // 湘江新材料公司 -> 湖南湘江新材料科技有限公司
                            break;
                        }
                    }
                }
                fullOrgs.add(0, subject);
            }
            if (subject == null) {
                continue;
            }
            // 耒阳市永济镇: a city naming where a town lies is not what the paragraph is about
            boolean placeFollows = cues.stream().anyMatch(o -> o.start() == c.end());
            if (isCountyCity(c, city, text) && !placeFollows) {
                countyCity = c;
            }
            if (c.subject() != null) {
                lastByRole.put(c.role(), subject);
                if ("PLACE".equals(c.role())) {
                    // 全县 / 该县 point back to a county, 该镇 to a township: never one to the other
                    boolean township = subject.endsWith("镇") || subject.endsWith("乡") || subject.endsWith("街道");
                    lastByRole.put(township ? "TOWN" : "DISTRICT", subject);
                }
            }
            out.add(new SubjectCue(c.start(), c.end(), subject, c.role()));
        }
        return out;
    }

    /** A city other than the paper's, named where a subject stands: at the start of a sentence or clause. */
    private static boolean isCountyCity(SubjectCue c, String city, String text) {
        if (!"PLACE".equals(c.role()) || c.subject() == null || !c.subject().endsWith("市") || c.subject().equals(city)) {
            return false;
        }
        int k = c.start() - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) {
            k--;
        }
        boolean opens = k < 0 || "\n。！？，,；：".indexOf(text.charAt(k)) >= 0;
        return opens;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
    }

    /** 衡阳市 -> 衡阳, 湖南省 -> 湖南 (广西壮族自治区 stays whole). */
    static String shortName(String region) {
        if (region.length() > 2 && (region.endsWith("市") || region.endsWith("省"))) {
            return region.substring(0, region.length() - 1);
        }
        return region;
    }
}
