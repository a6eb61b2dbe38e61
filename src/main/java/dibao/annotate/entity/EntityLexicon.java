package dibao.annotate.entity;

import dibao.lexicon.Tsv;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of entity recognition (resources dibao/lexicon/entity-*.tsv), loaded once per JVM. */
final class EntityLexicon {

    private static final class Holder {
        static final EntityLexicon INSTANCE = new EntityLexicon();
    }

    /** Title core -> kind (official, delegate, company, profession, press). */
    final Map<String, String> titleKinds = new HashMap<>();
    /** Titles written after the name (某某总书记). */
    final Set<String> titlesAfterName = new HashSet<>();
    final List<String> titleCores;
    final List<String> titlePrefixes;
    final List<String> creditRoles;
    final List<String> orgLegalSuffixes = new ArrayList<>();
    /** Units of a company named after it (某某有限公司株洲分公司): part of its name. */
    final List<String> orgBranches = new ArrayList<>();
    final Set<String> orgIndustries;
    /** Names before 银行 that make a bank (besides places): 招商, 农商. */
    final Set<String> bankNames;
    final List<String> orgWorkplaces;
    final Set<String> orgGeneric;
    final List<String> orgTypes;
    final List<String> leftStops;
    final List<String> postName;
    final Set<String> surnames;
    final Set<String> stopNames = new HashSet<>();
    final List<String> honorifics = new ArrayList<>();

    private EntityLexicon() {
        for (String[] r : Tsv.read("entity-titles.tsv")) {
            titleKinds.put(r[0], r.length > 1 ? r[1] : "official");
            if (r.length > 2 && r[2].equals("after")) {
                titlesAfterName.add(r[0]);
            }
        }
        titleCores = longestFirst(titleKinds.keySet());
        titlePrefixes = longestFirst(column("entity-title-prefixes.tsv"));
        creditRoles = longestFirst(column("entity-credit-roles.tsv"));
        for (String[] r : Tsv.read("entity-org-suffixes.tsv")) {
            if (r.length > 1 && r[1].equals("legal")) {
                orgLegalSuffixes.add(r[0]);
            } else if (r.length > 1 && r[1].equals("branch")) {
                orgBranches.add(r[0]);
            }
        }
        orgLegalSuffixes.sort(Comparator.comparingInt(String::length).reversed());
        orgBranches.sort(Comparator.comparingInt(String::length).reversed());
        orgIndustries = Set.copyOf(column("entity-org-industries.tsv"));
        bankNames = Set.copyOf(column("entity-org-banks.tsv"));
        orgGeneric = Set.copyOf(column("entity-org-generic.tsv"));
        orgWorkplaces = longestFirst(column("entity-org-workplaces.tsv"));
        orgTypes = longestFirst(column("entity-org-types.tsv"));
        leftStops = longestFirst(column("entity-left-stops.tsv"));
        postName = longestFirst(column("entity-post-name.tsv"));
        surnames = Set.copyOf(column("entity-surnames.tsv"));
        for (String[] r : Tsv.read("entity-stop-names.tsv")) {
            if (r.length > 1 && r[1].equals("honorific")) {
                honorifics.add(r[0]);
            } else {
                stopNames.add(r[0]);
            }
        }
    }

    static EntityLexicon get() {
        return Holder.INSTANCE;
    }

    private static List<String> column(String name) {
        List<String> out = new ArrayList<>();
        for (String[] r : Tsv.read(name)) {
            if (!r[0].isEmpty()) {
                out.add(r[0]);
            }
        }
        return out;
    }

    private static List<String> longestFirst(java.util.Collection<String> words) {
        List<String> out = new ArrayList<>(new HashSet<>(words));
        out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(out);
    }

    /** Per word list: its words as a set and their distinct lengths, longest first. */
    private record Index(Set<String> words, int[] lengths) {
        static Index of(List<String> list) {
            return new Index(Set.copyOf(list), list.stream().mapToInt(String::length).distinct()
                    .boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray());
        }
    }

    private static final Map<List<String>, Index> INDEXES = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static Index index(List<String> words) {
        return INDEXES.computeIfAbsent(words, Index::of);
    }

    /** The longest word of {@code words} that ends at {@code end} in {@code text}, or null. */
    static String endingAt(List<String> words, CharSequence text, int end) {
        Index ix = index(words);
        for (int len : ix.lengths()) {
            if (len <= end) {
                String w = text.subSequence(end - len, end).toString();
                if (ix.words().contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The longest word of {@code words} that starts at {@code start} in {@code text}, or null. */
    static String startingAt(List<String> words, CharSequence text, int start) {
        Index ix = index(words);
        for (int len : ix.lengths()) {
            if (start + len <= text.length()) {
                String w = text.subSequence(start, start + len).toString();
                if (ix.words().contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    private static boolean regionEquals(CharSequence text, int at, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(at + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A surname (compound first) at the start of {@code name}, or null. */
    String surnameOf(String name) {
        if (name.length() >= 3 && surnames.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.isEmpty() || !surnames.contains(name.substring(0, 1)) ? null : name.substring(0, 1);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
