package dibao.facts;

import com.hankcs.hanlp.seg.common.Term;
import dibao.annotate.entity.Mention;
import dibao.annotate.period.TimeMention;
import dibao.annotate.quantity.Quantity;
import dibao.doc.Fact;
import dibao.layout.LaidOutArticle;
import dibao.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's quantities into facts: who (subject), what (indicator) and when (period)
 * for each, resolved across clauses and sentences the way news text leaves them implicit:
 * 我市 / 该公司 point back, 出口79.8亿元，增长167.2% gives the growth to 出口, 分别 distributes
 * (over earlier figures, listed subjects or listed indicators), a figure without a time inherits
 * the last one of the article. Except where the text says otherwise: a comparison base (比上年)
 * dates nothing, a stock held now (目前, 现有), a project's plan, a thing described (…的项目), a
 * speaker's words and the things a clause refers to (围绕…) are not dated by the narration; a
 * title repeats a body figure. A scene the reporter enters, a threshold (以…为标准) and the items
 * of a list (等八个方面) are no statistics. Cue words are data (indicator_cues.tsv,
 * subject_markers.tsv, subject_names.tsv).
 */
public final class StatisticsBuilder {

    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String CLAUSE_ENDS = "。！？!?\n，,；;：:（）()";
    /** What may stand between the numbers of one 分别 group (58.81%和44.7%). */
    private static final Pattern GROUP_GAP = Pattern.compile("[和、及与,，\\s]*");
    private static final Pattern RANK_SCOPE_TAIL = Pattern.compile(
            "(分别|均|稳)?((居|排名|排|位居|位列|列|在)?(全国|全省|全市|全区|全县|全球)(排名|排位|排)?|居|位居|位列|排名|排)(第)?$");
    /** A figure due by a year's end (到2027年, 2026年底前); a year already past is a state reached. */
    private static final Pattern TARGET_YEAR = Pattern.compile("到(20\\d\\d)年|(20\\d\\d)年(?:前|底|末)");

    private final Cues cues = Cues.defaults();
    /** A comparison base left at the end of a phrase (比上年同期, 较去年): no part of the indicator. */
    private final Pattern comparisonTail = Pattern.compile(
            "(?:" + String.join("|", cues.of("compare")) + ")(?:上年|去年|前年|上月|上季度|上年同期|去年同期|同期|年初|上年末|去年底|上年底)(?:同期)?(?:相比)?$");
    /** 降幅比上半年收窄, 涨幅比上月回落: how the rate of the figure before moved. */
    private static final Pattern RATE_GAP = Pattern.compile(
            "(增幅|降幅|涨幅|跌幅|增速)(?:(?:比|较)\\p{IsHan}{0,6}?)?(收窄|扩大|回落|提高|加快|放缓|下降|上升|提升|回升)?");
    /**
     * 高于全省平均水平, 增速比全省高: a figure measured against a wider average; what it measures
     * is the indicator of the figure before it.
     */
    private static final Pattern AGAINST_AVERAGE = Pattern.compile(
            "(增速|增幅|增长)?(高于|低于|快于|慢于|超过|比)(全国|全省|全市|全区|全县)(平均水平|平均)?(高出|高|低|快|慢)?"
            // 比上年同期多18个: a difference from the base, of what the figure before counts
            + "|(比|较|同比)(上年|去年|上年同期|去年同期|上月|年初)?(多|少|增加|减少|增长|下降)了?");
    private final IndicatorLexicon lexicon = IndicatorLexicon.defaults();
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public List<Fact> build(FactContext ctx, LaidOutArticle article, List<Quantity> quantities,
                            List<TimeMention> times, List<Mention> mentions) {
        String text = article.text().text();
        List<Quantity> qs = new ArrayList<>(quantities);
        qs.sort(Comparator.comparingInt(Quantity::start));
        List<TimeMention> ts = new ArrayList<>(times);
        // 比上年同期增长: the year compared with is not the period of anything
        ts.removeIf(t -> isComparisonBase(text, t));
        ts.sort(Comparator.comparingInt(TimeMention::start));
        List<SubjectCue> subjectCues = SubjectCues.find(text, mentions,
                ctx == null ? null : ctx.home());
        String defaultSubject = ctx == null || ctx.home() == null ? null
                : ctx.home().city() != null ? ctx.home().city() : ctx.home().province();
        String issueYear = ctx == null || ctx.issueDate() == null ? null : String.valueOf(ctx.issueDate().getYear());

        int titleEnd = titleBlockEnd(article, text);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            Draft d = new Draft(q);
            int sentenceStart = lastIndexOfAny(text, SENTENCE_ENDS, q.start() - 1) + 1;
            int clauseStart = clauseStart(text, q.start() - 1);
            int prevEnd = i > 0 ? qs.get(i - 1).end() : 0;
            int from = Math.max(clauseStart, prevEnd);
            d.sentenceStart = sentenceStart;
            String raw = text.substring(Math.min(from, q.start()), q.start()).replaceAll("\\s+", "");
            String sentenceBefore = text.substring(sentenceStart, q.start());

            d.kind = kindOf(q, raw, sentenceBefore, issueYear);
            d.indicator = indicator(text, q, from, raw, ts, subjectCues, qs, i);
            d.distributedFrom = distributionSource(text, qs, i, sentenceStart, drafts);
            d.subject = subject(text, q, sentenceStart, subjectCues, defaultSubject, drafts, ts);
            d.ownSubject = namesSubject(text, subjectCues, prevEnd, q);
            SubjectCue listed = listedSubject(text, subjectCues, qs, i, sentenceStart);
            if (listed != null) {
                // 雁峰区、石鼓区进出口分别增长25.3%和19.8%: the k-th figure is the k-th subject's
                d.subject = listed.subject();
                d.ownSubject = true;
                d.distributedFrom = null;
                Draft first = firstOfGroup(drafts, text, qs, i);
                if (first != null) {
                    d.indicator = first.indicator;
                }
            }
            // the period follows the target cues of the text, not a target kind guessed from
            // the number alone (计划总投资33亿元 is an amount)
            boolean target = "rank".equals(d.kind) ? false : isTarget(sentenceBefore, issueYear);
            d.period = period(text, q, sentenceStart, ts, target, issueYear);
            if (d.period != null && DAY.matcher(d.period).matches() && lexicon.mentionsKnown(d.indicator)) {
                // GDP, 进出口: statistics compiled by month or year; a day in their sentence is the
                // date of the report or meeting that gives them, the figure is that year's
                d.period = d.period.substring(0, 4);
            }
            if (d.period == null && q.start() < titleEnd) {
                d.period = titlePeriod(text, q, titleEnd, ts);
            }
            if (isNotAStatistic(text, q, from, d.indicator) || isScene(text, q, sentenceStart, ts)) {
                d.subject = null;
            }
            drafts.add(d);
        }
        // Elliptical figures: no indicator of their own takes the one of the figure they qualify.
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.distributedFrom != null) {
                Draft src = d.distributedFrom;
                if (d.indicator == null || d.indicatorIsGeneric) {
                    d.indicator = src.indicator;
                }
                if (d.subject != null && !d.ownSubject) {
                    d.subject = src.subject;
                }
                if (d.period == null) {
                    d.period = src.period;
                }
            } else if (d.indicator != null && cues.is("generichead", d.indicator) && i > 0
                    && drafts.get(i - 1).indicator != null) {
                // 新增规模工业企业215家，总数达到2108家: the total of what the figure before counts
                String counted = drafts.get(i - 1).indicator;
                String change = cues.prefix("newprefix", counted);
                d.indicator = (change == null ? counted : counted.substring(change.length())) + d.indicator;
            } else if (d.indicator == null && i > 0) {
                Draft prev = drafts.get(i - 1);
                d.indicator = prev.indicator;
                if (prev.sentenceStart == d.sentenceStart && !d.ownSubject) {
                    d.subject = prev.subject; // 23-28℃: what the figure before is, this one is
                }
            }
        }
        // 进出口、出口、进口分别增长10.2%、12.5%和6.3%: the k-th figure measures the k-th item
        String[] listedIndicators = drafts.stream().map(d -> d.indicator).toArray(String[]::new);
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int[] g = respectiveGroup(text, qs, i, d.sentenceStart);
            if (g == null || d.distributedFrom != null || g[1] == g[0] || listedIndicators[g[0]] == null) {
                continue;
            }
            String[] items = listedIndicators[g[0]].split("[、和及与]");
            if (items.length == g[1] - g[0] + 1 && java.util.Arrays.stream(items).allMatch(it -> it.length() >= 2)) {
                d.indicator = items[i - g[0]];
            }
        }
        // 民营企业进出口318.5亿元，占全市进出口总额的77.2%: the share is of the figure before
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if (d.indicator != null && d.indicator.startsWith("占") && prev.sentenceStart == d.sentenceStart
                    && prev.indicator != null && !prev.indicator.contains("占")) {
                d.indicator = prev.indicator + d.indicator;
            }
        }
        // a title repeats a figure of the body (约谈12家企业 ... 3月2日，...约谈12家企业): it is
        // that figure, and has its period when the title block gives none
        for (Draft d : drafts) {
            if (d.q.start() < titleEnd && d.period == null) {
                for (Draft body : drafts) {
                    if (body.q.start() >= titleEnd && body.period != null && sameFigure(d.q, body.q)) {
                        d.period = body.period;
                        break;
                    }
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Draft d : drafts) {
            Quantity q = d.q;
            Span span = article.text().toPage(q.start(), q.end());
            if (span == null) {
                continue;
            }
            out.add(new Fact(span, text.substring(q.start(), q.end()), q.value(), q.unit(), q.approx(), d.kind,
                    d.subject, d.indicator, d.period, article.id(), List.of()));
        }
        return out;
    }

    private static boolean sameFigure(Quantity a, Quantity b) {
        return java.util.Objects.equals(a.unit(), b.unit())
                && Math.abs(a.value() - b.value()) <= 1e-9 * Math.max(1.0, Math.abs(a.value()));
    }

    /** Working state of one figure. */
    private static final class Draft {
        final Quantity q;
        String kind;
        String subject;
        String indicator;
        String period;
        int sentenceStart;
        boolean indicatorIsGeneric;
        /** A subject is named between the figure before and this one (其中我市5个). */
        boolean ownSubject;
        Draft distributedFrom;

        Draft(Quantity q) {
            this.q = q;
        }
    }

    // ---- kind ----------------------------------------------------------------------------

    private String kindOf(Quantity q, String raw, String sentenceBefore, String issueYear) {
        if ("rank".equals(q.unit())) {
            return "rank";
        }
        if (isTarget(sentenceBefore, issueYear)) {
            return "target";
        }
        String s = stripTrailing(raw, "trail_adverbs");
        if ("%".equals(q.unit()) || "pp".equals(q.unit())) {
            if (cues.suffix("change", trimAdverbs(raw)) != null || cues.suffix("fall", trimAdverbs(raw)) != null) {
                return "change";
            }
            if (cues.contains("share", s)) {
                return "share";
            }
        }
        return q.kind();
    }

    private boolean isTarget(String sentenceBefore, String issueYear) {
        for (String w : cues.of("target")) {
            if (sentenceBefore.contains(w) && !w.equals("达到") && !w.equals("到20")) {
                return true;
            }
        }
        Matcher m = TARGET_YEAR.matcher(sentenceBefore);
        while (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(2);
            if (issueYear == null || year.compareTo(issueYear) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String trimAdverbs(String raw) {
        return raw.replaceAll("(了|超|超过|约|近|逾|达|分别|均)+$", "");
    }

    private String stripTrailing(String s, String unused) {
        return s;
    }

    // ---- indicator -----------------------------------------------------------------------

    private String indicator(String text, Quantity q, int from, String raw, List<TimeMention> ts,
                             List<SubjectCue> subjectCues, List<Quantity> qs, int i) {
        // a time or a subject opening the phrase is not part of the indicator (2022年全市新增...)
        int cut = from;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (TimeMention t : ts) {
                if (t.start() >= cut && t.end() <= q.start() && opensWith(text.substring(cut, t.start()))) {
                    cut = t.end();
                    moved = true;
                }
            }
            for (SubjectCue c : subjectCues) {
                boolean countedName = ("ORG".equals(c.role()) || "ZONE".equals(c.role()) || "TOWN".equals(c.role()))
                        && c.end() <= q.start() && countsName(text.substring(c.end(), q.start()));
                if (!countedName && c.start() >= cut && c.end() <= q.start() && !isRankScope(text, c)
                        && opensWith(text.substring(cut, c.start()))) {
                    cut = c.end();
                    moved = true;
                }
            }
        }
        for (TimeMention t : ts) {
            // 地区生产总值由2017年的2850亿元: the time dating the number ends the phrase
            if (t.start() >= cut && t.end() < q.start() && text.substring(t.end(), q.start()).strip().equals("的")) {
                String head = clean(text.substring(cut, t.start()).replaceAll("\\s+", ""));
                return head.isEmpty() || isVerb(head) ? null : head;
            }
        }
        String before = text.substring(Math.min(cut, q.start()), q.start()).replaceAll("\\s+", "");
        boolean endsWithConj = !raw.isEmpty() && cues.suffix("conj", raw) != null;
        boolean endsWithDe = before.endsWith("的") || before.endsWith("等");
        String phrase = clean(before);
        if (AGAINST_AVERAGE.matcher(phrase).matches() || RATE_GAP.matcher(phrase).matches()) {
            return null;
        }
        String after = nounAfter(text, q, i + 1 < qs.size() ? qs.get(i + 1).start() : text.length());
        // 通过银企对接会帮助1200余家中小企业: a means and a verb, the thing counted follows
        boolean means = cues.prefix("means", phrase) != null && isVerb(phrase.substring(phrase.length() - 2));
        if (after != null && (phrase.isEmpty() || endsWithConj || endsWithDe || means || isVerb(phrase))) {
            return after;
        }
        // the unit test first: segmenting the phrase (isVerb) is the costly part
        if (after == null && cues.is("actionunit", q.unit()) && (phrase.isEmpty() || isVerb(phrase))) {
            String action = actionAfter(text, q);
            if (action != null) {
                return action; // 第三次获得该项荣誉: what is counted is the action after the count
            }
        }
        if (endsWithConj) {
            return null;
        }
        return phrase.isEmpty() ? null : phrase;
    }

    /**
     * Whether only connectives, quotation marks and a preposition of time (到2025年, 截至9月底)
     * stand before a time or subject that opens the phrase: it is then no part of the indicator.
     */
    private boolean opensWith(String gap) {
        String g = gap.replaceAll("[\\s“”‘’\"《》]+", "");
        g = TIME_PREPOSITION.matcher(g).replaceFirst("");
        return clean(g).isEmpty();
    }

    private static final Pattern INNER_VERB = Pattern.compile("^(\\p{IsHan}{2,}?)(?:实现了|实现|完成了|完成)(\\p{IsHan}{2,})$");

    private static final Pattern TIME_PREPOSITION = Pattern.compile("(到|至|截至|截止到|截止|在|于)$");

    /** Strips leading connectives/verbs and trailing verbs/adverbs until nothing more goes. */
    private String clean(String s) {
        String prev;
        do {
            prev = s;
            s = s.replaceAll("^[^\\p{IsHan}“‘《A-Za-z0-9]+", "");
            for (String goal : cues.of("goalis")) {
                int k = s.indexOf(goal);
                if (k >= 0 && s.length() > k + goal.length() + 1) {
                    s = s.substring(k + goal.length()); // 我们的目标是引进亿元项目: what the goal is
                }
            }
            String lead = cues.prefix("lead", s);
            if (lead == null) {
                lead = cues.prefix("leadverb", s);
            }
            if (lead != null && s.length() > lead.length() + 1) {
                s = s.substring(lead.length());
            } else if (lead != null && s.length() == lead.length()) {
                s = "";
            }
            s = RANK_SCOPE_TAIL.matcher(s).replaceFirst("");
            String trail = cues.suffix("trail", s);
            if (trail != null) {
                s = s.substring(0, s.length() - trail.length());
            }
            s = comparisonTail.matcher(s).replaceFirst("");
            String conj = cues.suffix("conj", s);
            if (conj != null) {
                s = s.substring(0, s.length() - conj.length());
            }
            if (s.endsWith("的")) {
                s = s.substring(0, s.length() - 1);
            }
            // 轨道交通产业实现产值: the verb between what produces and what is produced goes
            s = INNER_VERB.matcher(s).replaceFirst("$1$2");
        } while (!s.equals(prev));
        return s;
    }

    /** 上年 in 比上年同期, 去年 in 与去年同期相比: the base a change is measured against. */
    private boolean isComparisonBase(String text, TimeMention t) {
        String before = text.substring(Math.max(0, t.start() - 1), t.start());
        return cues.is("compare", before) && !text.startsWith("以来", t.end());
    }

    private static boolean isVerb(String phrase) {
        List<Term> terms = SubjectCues.segment().seg(phrase);
        if (terms.isEmpty()) {
            return false;
        }
        for (Term t : terms) {
            String n = t.nature.toString();
            if (!(n.startsWith("v") && !n.equals("vn")) && !n.startsWith("d") && !n.startsWith("u")
                    && !n.startsWith("p") && !n.startsWith("r") && !n.startsWith("f")) {
                return false;
            }
        }
        return true;
    }

    /** The noun phrase right after a count (17家银行机构 -> 银行机构), or null. */
    private String nounAfter(String text, Quantity q, int limit) {
        int e = q.end();
        int stop = Math.min(Math.min(limit, text.length()), e + 16);
        int end = e;
        while (end < stop && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '、') {
            end++;
        }
        String post = text.substring(e, end).replaceAll("\\s+", "").replaceFirst("^(以上|左右|多|余)", "");
        if (post.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Term t : SubjectCues.segment().seg(post)) {
            String n = t.nature.toString();
            if (cues.is("follow", t.word)) {
                if (t.word.equals("的") && cues.is("listword", sb.toString())) {
                    sb.setLength(0); // 十个方面的重点工作: what is counted is the work, not the aspects
                    continue;
                }
                break;
            }
            boolean nounish = n.startsWith("n") || n.equals("vn") || n.startsWith("b") || n.startsWith("j")
                    || n.startsWith("g") || (n.startsWith("a") && sb.length() == 0) || n.equals("w") && isQuote(t.word);
            if (!nounish) {
                break;
            }
            sb.append(t.word);
        }
        String s = sb.toString().replaceAll("[“”\"]+$", "");
        return s.length() >= 2 ? s : null;
    }

    /** The verb phrase after a count of actions (3次获评..., 第二次荣获...), to the end of its clause. */
    private static String actionAfter(String text, Quantity q) {
        int end = q.end();
        int stop = Math.min(text.length(), q.end() + MAX_ACTION);
        while (end < stop && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end == stop && stop < text.length() && CLAUSE_ENDS.indexOf(text.charAt(stop)) < 0) {
            return null; // a clause running on is no short action
        }
        String action = text.substring(q.end(), end).replaceAll("\\s+", "");
        return action.length() >= 2 ? action : null;
    }

    /** The longest action phrase taken after a count of actions. */
    private static final int MAX_ACTION = 14;

    private static boolean isQuote(String w) {
        return w.equals("“") || w.equals("”") || w.equals("\"");
    }

    /** What stands between a name and the number that counts it (示范园2个, 产业园（集聚区）2个). */
    private static boolean countsName(String between) {
        return between.isBlank() || PARENTHESIS_ONLY.matcher(between).matches();
    }

    /** A number right after {@code at}, or after a parenthesis there (产业园（集聚区）2个). */
    private static boolean numberFollows(String text, int at) {
        Matcher m = PARENTHESIS_ONLY.matcher(text).region(at, Math.min(text.length(), at + INLINE_PARENTHESIS + 2));
        int k = m.lookingAt() ? m.end() : at;
        return k < text.length() && Character.isDigit(text.charAt(k));
    }

    /** 全省 in 居全省第三 is the scope of a rank, not a subject. */
    private static boolean isRankScope(String text, SubjectCue c) {
        String before = text.substring(Math.max(0, c.start() - 2), c.start());
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 2));
        return before.endsWith("居") || before.endsWith("排") || before.endsWith("在") || before.endsWith("列")
                || after.startsWith("第") && !ORDINAL_OF_EVENT.matcher(text).region(c.end(), text.length()).lookingAt()
                || after.startsWith("前") || after.startsWith("排") || after.startsWith("领先")
                || after.startsWith("首") && !text.startsWith("首届", c.end()) && !text.startsWith("首批", c.end());
    }

    /** 全市第十届运动会, 全省第二批名单: the ordinal of an event or batch, not a rank. */
    private static final Pattern ORDINAL_OF_EVENT = Pattern.compile("第[0-9一二三四五六七八九十百]{1,4}(届|次|批|期|轮|季)");

    /** The numbers of a 分别 group: {first, last} indices into qs, or null when i is in none. */
    private static int[] respectiveGroup(String text, List<Quantity> qs, int i, int sentenceStart) {
        Quantity q = qs.get(i);
        int fenbie = text.substring(sentenceStart, q.start()).lastIndexOf("分别");
        if (fenbie < 0) {
            return null;
        }
        fenbie += sentenceStart;
        int first = -1;
        for (int j = i; j >= 0 && qs.get(j).start() > fenbie; j--) {
            first = j;
        }
        if (first < 0) {
            return null;
        }
        for (int j = first; j < i; j++) {
            if (!GROUP_GAP.matcher(text.substring(qs.get(j).end(), qs.get(j + 1).start())).matches()) {
                return null;
            }
        }
        int last = i;
        while (last + 1 < qs.size()
                && GROUP_GAP.matcher(text.substring(qs.get(last).end(), qs.get(last + 1).start())).matches()) {
            last++;
        }
        return new int[] {first, last, fenbie};
    }

    /**
     * When as many subjects as numbers are listed (A、B) in the clause before 分别, the subject of
     * the i-th number: the k-th of them; else null.
     */
    private SubjectCue listedSubject(String text, List<SubjectCue> cues, List<Quantity> qs, int i, int sentenceStart) {
        int[] g = respectiveGroup(text, qs, i, sentenceStart);
        if (g == null || g[1] == g[0]) {
            return null;
        }
        int fenbie = g[2];
        int clauseStart = Math.max(clauseStart(text, fenbie - 1), g[0] > 0 ? qs.get(g[0] - 1).end() : 0);
        List<SubjectCue> listed = new ArrayList<>();
        for (SubjectCue c : cues) {
            if (c.start() < clauseStart || c.end() > fenbie || isRankScope(text, c)) {
                continue;
            }
            if (!listed.isEmpty() && !LIST_GAP.matcher(text.substring(listed.get(listed.size() - 1).end(), c.start())).matches()) {
                listed.clear();
            }
            listed.add(c);
        }
        int n = g[1] - g[0] + 1;
        return listed.size() == n ? listed.get(i - g[0]) : null;
    }

    private static Draft firstOfGroup(List<Draft> drafts, String text, List<Quantity> qs, int i) {
        int first = i;
        while (first > 0 && GROUP_GAP.matcher(text.substring(qs.get(first - 1).end(), qs.get(first).start())).matches()) {
            first--;
        }
        return first < i && first < drafts.size() ? drafts.get(first) : null;
    }

    /** Between the names of a list (雁峰区、石鼓区和珠晖区). */
    private static final Pattern LIST_GAP = Pattern.compile("[、和及与\\s]{1,2}");

    /**
     * For the k-th number after 分别 (同比分别增长58.81%和44.7%), the figure before it it belongs to:
     * the k-th of the last n figures before 分别 that are not themselves qualifiers.
     */
    private static Draft distributionSource(String text, List<Quantity> qs, int i, int sentenceStart,
                                            List<Draft> drafts) {
        Quantity q = qs.get(i);
        int fenbie = text.substring(sentenceStart, q.start()).lastIndexOf("分别");
        fenbie = fenbie < 0 ? -1 : fenbie + sentenceStart;
        if (fenbie < sentenceStart || fenbie < 0) {
            return null;
        }
        // the group: numbers after 分别 separated only by 和 / 、
        int first = -1;
        for (int j = i; j >= 0 && qs.get(j).start() > fenbie; j--) {
            first = j;
        }
        if (first < 0 || first > i) {
            return null;
        }
        for (int j = first; j < i; j++) {
            String gap = text.substring(qs.get(j).end(), qs.get(j + 1).start());
            if (!GROUP_GAP.matcher(gap).matches()) {
                return null;
            }
        }
        int last = i;
        while (last + 1 < qs.size()
                && GROUP_GAP.matcher(text.substring(qs.get(last).end(), qs.get(last + 1).start())).matches()) {
            last++;
        }
        int n = last - first + 1;
        int k = i - first;
        List<Draft> sources = new ArrayList<>();
        for (int j = first - 1; j >= 0 && sources.size() < n; j--) {
            Draft d = drafts.get(j);
            if (!"change".equals(d.kind) && !"rank".equals(d.kind) && !"share".equals(d.kind)) {
                sources.add(0, d);
            }
        }
        if (n < 2 || sources.size() < n) {
            return null;
        }
        return sources.get(k);
    }

    // ---- subject -------------------------------------------------------------------------

    /**
     * The subject named last before the figure in its sentence; else the subject of the figure
     * before it in the article (a sentence without a subject continues the one before); else the
     * last subject named before; else the paper's home region.
     */
    private String subject(String text, Quantity q, int sentenceStart, List<SubjectCue> subjectCues,
                           String defaultSubject, List<Draft> before, List<TimeMention> ts) {
        SubjectCue best = null;
        for (SubjectCue c : subjectCues) {
            if (c.end() > q.start()) {
                break;
            }
            // 建成示范茶园2个: a name right before a number is the thing counted
            boolean counted = ("ORG".equals(c.role()) || "ZONE".equals(c.role()) || "TOWN".equals(c.role()))
                    && numberFollows(text, c.end());
            if (counted || isRankScope(text, c) || isSource(text, c) || isExample(text, c, q) || isObject(text, c)
                    || !opensClause(text, c, ts)) {
                continue;
            }
            best = c;
        }
        if (best != null && best.start() >= sentenceStart) {
            return best.subject();
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Draft prev = before.get(k);
            if (prev.subject != null) {
                // a subject named after that figure (in a sentence without figures) takes over
                return best != null && best.start() > prev.q.end() ? best.subject() : prev.subject;
            }
        }
        return best != null ? best.subject() : defaultSubject;
    }

    private boolean namesSubject(String text, List<SubjectCue> subjectCues, int from, Quantity q) {
        for (SubjectCue c : subjectCues) {
            if (c.start() >= from && c.end() <= q.start() && !isRankScope(text, c) && !isSource(text, c)
                    && !isObject(text, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue stands where a subject stands: at the start of its clause, after nothing
     * but times and connectives (今年前2月，我市...; 其中我市...), not inside an object
     * (创建...、省级示范茶园4个).
     */
    private boolean opensClause(String text, SubjectCue c, List<TimeMention> ts) {
        int clauseStart = clauseStart(text, c.start() - 1);
        int cut = clauseStart;
        for (TimeMention t : ts) {
            if (t.start() >= cut && t.end() <= c.start() && clean(text.substring(cut, t.start())).isEmpty()) {
                cut = t.end();
            }
        }
        String head = text.substring(cut, c.start()).replaceAll("[\\s#*“”\"]+", "");
        String prev;
        do {
            prev = head;
            String lead = cues.prefix("lead", head);
            if (lead != null) {
                head = head.substring(lead.length());
            }
        } while (!head.equals(prev) && !head.isEmpty());
        return head.isEmpty();
    }

    /** 入驻湘南产业基地, 停靠在某公司码头: a name after such a verb is where, not who. */
    private boolean isObject(String text, SubjectCue c) {
        String before = text.substring(Math.max(0, c.start() - 3), c.start());
        for (String w : cues.of("object")) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** 据衡阳海关统计: the name is where the figure comes from. */
    private boolean isSource(String text, SubjectCue c) {
        String before = text.substring(Math.max(0, c.start() - 2), c.start());
        for (String w : cues.of("source")) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 4));
        return after.startsWith("统计") || after.startsWith("数据显示") || after.startsWith("发布");
    }

    /** 衡南县三塘镇等15个乡镇: a name followed by 等 is an example of what is counted. */
    private static boolean isExample(String text, SubjectCue c, Quantity q) {
        if ("CITY".equals(c.role()) || "PROVINCE".equals(c.role()) || "COUNTRY".equals(c.role())) {
            return false; // 我市衡南县三塘镇等15个: the examples are the towns, 我市 is the subject
        }
        int sentenceEnd = q.start();
        String between = text.substring(c.end(), sentenceEnd);
        return between.contains("等") && lastIndexOfAny(between, "。！？!?\n", between.length() - 1) < 0;
    }

    /**
     * 走进育秧工厂，3台播种流水线同时运转; 在车间里，数十个育苗池有序排列: what the reporter sees on
     * entering a place, in the clause right after, is a scene described, not a statistic. A
     * sentence with a time of its own reports an event instead.
     */
    private boolean isScene(String text, Quantity q, int sentenceStart, List<TimeMention> ts) {
        for (TimeMention t : ts) {
            if (t.start() >= sentenceStart && t.start() < q.start()) {
                return false;
            }
        }
        if (!"count".equals(q.kind()) && !"measure".equals(q.kind())) {
            return false;
        }
        int clauseStart = clauseStart(text, q.start() - 1);
        if (clauseStart <= sentenceStart) {
            return false;
        }
        String opener = text.substring(sentenceStart, clauseStart - 1).strip();
        if (opener.contains("，") || opener.contains(",")) {
            return false; // only the clause right after the opener
        }
        return cues.prefix("scene", opener) != null || LOCATIVE_SCENE.matcher(opener).matches();
    }

    /** 以来, 以上, 以及 ...: words starting with 以 that set no threshold. */
    private static final Pattern NOT_A_CRITERION = Pattern.compile("以[来上下后前内外及便免致此往]");

    private static final Pattern LOCATIVE_SCENE = Pattern.compile("在\\p{IsHan}{1,20}(里|内|中)");

    private boolean isNotAStatistic(String text, Quantity q, int from, String indicator) {
        String before = text.substring(Math.max(0, q.start() - 2), q.start());
        if (before.endsWith("数") || before.endsWith("上") || before.endsWith("每个")) {
            return true;
        }
        // 这株千年古树, 排放着35个养殖池: a thing described, not a statistic
        if (indicator != null && (indicator.matches("^[这那此该每][株棵个座条只头].*") || indicator.endsWith("着"))) {
            return true;
        }
        // 以年收入8万元为标准: a threshold the text sets, not a figure of anything
        String clause = text.substring(Math.min(from, q.start()), q.start()).replaceAll("\\s+", "");
        String criterion = cues.prefix("criterion", clause);
        if (criterion != null && !NOT_A_CRITERION.matcher(clause).lookingAt()) {
            return true;
        }
        if (indicator == null) {
            return false;
        }
        // 等八个方面: the items of a list just given, counted, are no statistic
        if (cues.is("listword", indicator)) {
            return true;
        }
        for (String w : cues.of("physical")) {
            if (w.length() >= 2 ? indicator.contains(w) : indicator.equals(w)) {
                return true;
            }
        }
        return false;
    }

    // ---- period --------------------------------------------------------------------------

    private String period(String text, Quantity q, int sentenceStart, List<TimeMention> ts, boolean target,
                          String issueYear) {
        TimeMention inSentence = null;
        TimeMention running = null;
        TimeMention runningYear = null;
        for (TimeMention t : ts) {
            if (t.end() > q.start()) {
                break;
            }
            if (isModifier(text, t)) {
                continue;
            }
            String word = text.substring(t.start(), t.end());
            if (cues.is("sameyear", word) && runningYear != null) {
                // 2022年，…全年实现…: 全年 is the year already being talked about
                t = new TimeMention(t.start(), t.end(), runningYear.period());
            }
            running = t;
            if (t.period().matches("\\d{4}")) {
                runningYear = t;
            }
            if (t.start() >= sentenceStart) {
                inSentence = t;
            }
        }
        if (describesANoun(text, q)) {
            // 投资年产值5000万元的项目: the figure describes a thing; the time of the sentence's
            // event (去年签约) is not its period unless it stands in the figure's own clause
            int clauseStart = clauseStart(text, q.start() - 1);
            return inSentence != null && inSentence.start() >= clauseStart ? inSentence.period() : null;
        }
        if (inSentence != null && text.substring(clauseStart(text, q.start() - 1), q.start()).contains("年均")) {
            // 由2017年的…增加到2022年的…，年均增长6.2%: the average is over the span of years
            for (TimeMention t : ts) {
                if (t.start() >= sentenceStart && t.end() <= q.start() && t.period().matches("\\d{4}/\\d{4}")) {
                    return t.period();
                }
            }
        }
        if (inSentence != null) {
            return inSentence.period();
        }
        String sentenceBefore = text.substring(sentenceStart, q.start());
        String clause = text.substring(clauseStart(text, q.start() - 1), q.start()).strip();
        for (String lead = cues.prefix("lead", clause); lead != null; lead = cues.prefix("lead", clause)) {
            clause = clause.substring(lead.length());
        }
        if (cues.prefix("reference", clause) != null) {
            return null; // 围绕十大产业和14条产业链: things the text refers to, not figures of a period
        }
        for (String w : cues.of("sameyear")) {
            if (sentenceBefore.contains(w)) {
                // 一季度……。全年计划新增就业5万人: the whole of the year the text is about
                return running != null ? running.period().substring(0, 4) : issueYear;
            }
        }
        if (cues.contains("cumulative", sentenceBefore)) {
            return null; // 截至目前累计: a stock up to now, no period
        }
        if (target) {
            // a target without its own due date is due by the period the text is about, or by the
            // end of the issue year when that period is a span of years (十四五, 三年)
            if (running != null && !running.period().contains("/")
                    && (issueYear == null || running.period().compareTo(issueYear) >= 0)) {
                return running.period();
            }
            return issueYear;
        }
        int quote = openQuoteBefore(text, q);
        if (quote >= 0 && (running == null || running.start() < quote)) {
            return null; // “我们公司年产值近亿元”: a speaker's words are not dated by the narration
        }
        boolean day = running != null && running.period().matches("\\d{4}-\\d{2}-\\d{2}");
        if (running == null || day) {
            if (day && cues.prefix("event", sentenceBefore.strip()) != null) {
                return running.period(); // 活动中，全市17家银行机构…: the figure of that day's event
            }
            // the date of an event said in an earlier sentence is not the period of later figures
            // (a project's investment); but a paragraph saying what the city will do this year is
            // about the issue year
            return cues.contains("future", paragraphOf(text, q)) ? issueYear : null;
        }
        return running.period();
    }

    /**
     * 年产值5000万元的项目, 总投资10亿元的产业园: the figure is followed by 的 and a thing it
     * describes (describedthing in indicator_cues.tsv), not by a measure (8%的增长).
     */
    private boolean describesANoun(String text, Quantity q) {
        Matcher m = DESCRIBES.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 4));
        if (!m.lookingAt()) {
            return false;
        }
        int end = m.end();
        while (end < text.length() && end < m.end() + 16 && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return cues.suffix("describedthing", text.substring(m.end(), end).strip()) != null;
    }

    private static final Pattern DESCRIBES = Pattern.compile("(以上|左右|以下|多|余)?的");

    /** Where the quotation holding the figure opens in its paragraph, or -1 when it is not quoted. */
    private static int openQuoteBefore(String text, Quantity q) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
        int open = text.lastIndexOf('“', q.start() - 1);
        if (open < paragraph) {
            return -1;
        }
        int close = text.indexOf('”', open);
        int paragraphEnd = text.indexOf('\n', q.end());
        boolean closesInParagraph = close >= 0 && (paragraphEnd < 0 || close < paragraphEnd);
        return closesInParagraph && close > q.start() ? open : -1;
    }

    private static String paragraphOf(String text, Quantity q) {
        int s = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
        int e = text.indexOf('\n', q.end());
        return text.substring(s, e < 0 ? text.length() : e);
    }

    /** Where the title lines (headline, kicker, subtitle) at the top of the text end. */
    private static int titleBlockEnd(LaidOutArticle article, String text) {
        int lines = (article.headline() == null ? 0 : 1) + article.subheadlines().size();
        if (lines == 0 || !text.startsWith(article.headline() == null ? article.subheadlines().get(0) : article.headline())) {
            return 0;
        }
        int end = 0;
        for (int i = 0; i < lines && end >= 0; i++) {
            end = text.indexOf('\n', end + (i == 0 ? 0 : 1));
        }
        return end < 0 ? text.length() : end;
    }

    /**
     * A figure in a title without a time of its own (新增省级示范园区6家) has the period the
     * title block gives after it (去年全市专精特新...), unless that is the day of an event.
     */
    private static String titlePeriod(String text, Quantity q, int titleEnd, List<TimeMention> ts) {
        for (TimeMention t : ts) {
            if (t.start() >= q.end() && t.end() <= titleEnd && !isModifier(text, t)) {
                return t.period().matches("\\d{4}-\\d{2}-\\d{2}") ? null : t.period();
            }
        }
        return null;
    }

    /** 2021年省级特色强农项目: a year that qualifies a noun, not the period of a figure. */
    private static boolean isModifier(String text, TimeMention t) {
        String after = text.substring(t.end(), Math.min(text.length(), t.end() + 2));
        // 由2017年的2850亿元: a year before 的 and a number is that number's period
        boolean datesNumber = after.length() == 2 && after.charAt(0) == '的' && Character.isDigit(after.charAt(1));
        return after.startsWith("省级") || after.startsWith("度") || after.startsWith("的") && !datesNumber
                || after.startsWith("自行") || after.startsWith("版");
    }

    /** A sentence longer than this is layout debris: boundaries are not looked for further back. */
    private static final int MAX_SENTENCE = 600;

    /**
     * Where the clause holding {@code from} starts. A short parenthesis written inside a word
     * (参课（训）, 产业园（集聚区）) does not end the clause.
     */
    private static int clauseStart(String text, int from) {
        int i = lastIndexOfAny(text, CLAUSE_ENDS, from);
        while (i > 0 && (text.charAt(i) == '）' || text.charAt(i) == ')')) {
            int open = inlineParenthesisOpen(text, i);
            if (open < 0) {
                break;
            }
            i = lastIndexOfAny(text, CLAUSE_ENDS, open - 1);
        }
        return i + 1;
    }

    /** The opening of the parenthesis closed at {@code close} when it is short and glued to a word, else -1. */
    private static int inlineParenthesisOpen(String text, int close) {
        for (int k = close - 1; k >= Math.max(1, close - INLINE_PARENTHESIS); k--) {
            char ch = text.charAt(k);
            if (ch == '（' || ch == '(') {
                return k < close - 1 && Character.isIdeographic(text.charAt(k - 1)) ? k : -1;
            }
            if (CLAUSE_ENDS.indexOf(ch) >= 0 || ch == '、') {
                return -1;
            }
        }
        return -1;
    }

    /** The longest parenthesis (its brackets included) read as part of a word. */
    private static final int INLINE_PARENTHESIS = 8;
    /** 产业园（集聚区）2个: a parenthesis between a name and the number counting it. */
    private static final Pattern PARENTHESIS_ONLY = Pattern.compile("\\s*[（(][^）)]{1,6}[）)]\\s*");

    private static int lastIndexOfAny(String text, String chars, int from) {
        int stop = Math.max(0, from - MAX_SENTENCE);
        for (int i = Math.min(from, text.length() - 1); i >= stop; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return stop > 0 ? stop - 1 : -1;
    }
}
