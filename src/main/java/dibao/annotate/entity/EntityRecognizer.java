package dibao.annotate.entity;

import dibao.doc.Entity;
import dibao.layout.LaidOutArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the persons, organisations (companies) and places of an article, and merges them
 * page-wide. Persons come from bylines (role as title), title patterns, and names the context
 * marks (HanLP's person recognition, checked against that context); companies from their legal
 * forms, lists of enterprises and their short forms; places from the gazetteer. Word lists are
 * data: dibao/lexicon/entity-*.tsv and dibao/gazetteer/divisions.tsv.
 */
public final class EntityRecognizer {

    private final Bylines bylines = new Bylines();
    private final Companies companies = new Companies();
    private final Persons persons = new Persons();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** Mentions in the article's text (offsets into {@code article.text()}), bylines included. */
    public List<Mention> recognize(LaidOutArticle article) {
        String text = article.text().text();
        List<Mention> out = new ArrayList<>(bylines.fromCredits(article.credits(), text));
        out.addAll(recognize(text));
        return out;
    }

    /** Mentions in a plain text (bylines written in it included). */
    public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] blocked = new boolean[text.length() + 1];
        for (Mention m : bylines.fromText(text)) {
            out.add(m);
            block(blocked, m);
        }
        List<Mention> orgs = companies.find(text);
        for (Mention m : orgs) {
            block(blocked, m);
        }
        out.addAll(orgs);
        for (Gazetteer.Found f : gazetteer.find(text, null)) {
            out.add(new Mention("place", f.place().name(), null, f.start(), f.end(), f.place().code()));
        }
        out.addAll(persons.find(text, blocked));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * One entity per distinct person and company of the page: a person with the title of its first
     * titled mention, a company under its full name with its short forms as aliases. Places are not
     * here (see {@link #places}).
     */
    public List<Entity> consolidate(List<ArticleMentions> mentions) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Set<String>> personArticles = new LinkedHashMap<>();
        Map<String, Set<String>> orgArticles = new LinkedHashMap<>();
        Map<String, Set<String>> orgSurfaces = new LinkedHashMap<>();
        for (ArticleMentions am : mentions) {
            for (Mention m : am.mentions()) {
                if (m.type().equals("person")) {
                    personArticles.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(am.articleId());
                    if (titles.get(m.name()) == null) {
                        titles.put(m.name(), m.title());
                    }
                } else if (m.type().equals("org")) {
                    orgArticles.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(am.articleId());
                    if (m.title() != null && !m.title().equals(m.name())) {
                        orgSurfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(m.title());
                    }
                }
            }
        }
        // a short company name that is a short form of a full name on the page is that company
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String name : orgArticles.keySet()) {
            canonical.put(name, name);
        }
        for (String full : orgArticles.keySet()) {
            for (String alias : companies.aliasesOf(full)) {
                if (orgArticles.containsKey(alias) && !alias.equals(full)) {
                    canonical.put(alias, full);
                }
            }
        }
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        for (var e : orgArticles.entrySet()) {
            String to = canonical.get(e.getKey());
            merged.computeIfAbsent(to, k -> new LinkedHashSet<>()).addAll(e.getValue());
            if (!to.equals(e.getKey())) {
                orgSurfaces.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : personArticles.entrySet()) {
            if (merged.containsKey(e.getKey())) {
                continue;
            }
            out.add(new Entity("person", e.getKey(), titles.get(e.getKey()), List.of(), null, null,
                    List.copyOf(e.getValue())));
        }
        for (var e : merged.entrySet()) {
            Set<String> aliases = new LinkedHashSet<>(orgSurfaces.getOrDefault(e.getKey(), Set.of()));
            out.add(new Entity("org", e.getKey(), null, List.copyOf(aliases), null, null, List.copyOf(e.getValue())));
        }
        return out;
    }

    /** One entity per distinct place of the page, with its division code and full path. */
    public List<Entity> places(List<ArticleMentions> mentions) {
        Map<String, Set<String>> byCode = new LinkedHashMap<>();
        for (ArticleMentions am : mentions) {
            for (Mention m : am.mentions()) {
                if (m.type().equals("place") && m.code() != null) {
                    byCode.computeIfAbsent(m.code(), k -> new LinkedHashSet<>()).add(am.articleId());
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : byCode.entrySet()) {
            Place p = gazetteer.byCode(e.getKey()).orElseThrow();
            out.add(new Entity("place", p.name(), null, List.of(), p.code(), p.path(), List.copyOf(e.getValue())));
        }
        return out;
    }

    private static void block(boolean[] blocked, Mention m) {
        for (int i = Math.max(0, m.start()); i < m.end() && i < blocked.length; i++) {
            blocked[i] = true;
        }
    }

    /** The mentions of one article. */
    public record ArticleMentions(String articleId, List<Mention> mentions) {
    }
}
