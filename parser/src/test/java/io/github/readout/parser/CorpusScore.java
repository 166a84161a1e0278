package io.github.readout.parser;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpus scoring rules (corpus/README.md), as the reference scorer applies them: strings
 * compared after case folding, NFKC and collapsing non-word characters, a leading "the "
 * dropped; exact figures as right/total, set figures as F1 over the corpus.
 */
final class CorpusScore {

    private final Map<String, int[]> exact = new LinkedHashMap<>();
    private final Map<String, int[]> sets = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();

    static String norm(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String s = Normalizer.normalize(value.asText(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        String result = out.toString();
        return result.startsWith("the ") ? result.substring(4) : result;
    }

    void check(String name, JsonNode gold, JsonNode out, String where) {
        String g = norm(gold);
        if (g == null) {
            return;
        }
        boolean right = g.equals(norm(out));
        int[] r = exact.computeIfAbsent(name, k -> new int[2]);
        r[0] += right ? 1 : 0;
        r[1]++;
        if (!right) {
            misses.add(where + ": " + name + ": want " + gold + ", got " + out);
        }
    }

    void compareSets(String name, List<JsonNode> gold, List<JsonNode> out, String where) {
        Set<String> g = new HashSet<>();
        gold.forEach(x -> g.add(norm(x)));
        Set<String> o = new HashSet<>();
        out.forEach(x -> o.add(norm(x)));
        int[] r = sets.computeIfAbsent(name, k -> new int[3]);
        for (String x : o) {
            r[g.contains(x) ? 0 : 1]++;
        }
        for (String x : g) {
            if (!o.contains(x)) {
                r[2]++;
            }
        }
        if (!g.equals(o)) {
            misses.add(where + ": " + name + ": want " + g + ", got " + o);
        }
    }

    void count(String name, boolean right, String miss) {
        int[] r = exact.computeIfAbsent(name, k -> new int[2]);
        r[0] += right ? 1 : 0;
        r[1]++;
        if (!right) {
            misses.add(miss);
        }
    }

    Map<String, Double> figures() {
        Map<String, Double> f = new HashMap<>();
        exact.forEach((k, r) -> f.put(k, r[1] == 0 ? 1.0 : (double) r[0] / r[1]));
        sets.forEach((k, r) -> {
            double p = r[0] + r[1] == 0 ? 1.0 : (double) r[0] / (r[0] + r[1]);
            double rec = r[0] + r[2] == 0 ? 1.0 : (double) r[0] / (r[0] + r[2]);
            f.put(k + ".f1", p + rec == 0 ? 0.0 : 2 * p * rec / (p + rec));
        });
        return f;
    }

    /** Scores one document: the document fields, people and meetings (paired by kind, else in order). */
    void score(String doc, JsonNode gold, JsonNode out) {
        check("published", gold.get("published"), out.get("published"), doc);
        if (gold.has("people")) {
            compareSets("people", names(gold.get("people")), names(out.get("people")), doc);
        }
        if (!gold.has("meetings")) {
            return;
        }
        List<JsonNode> gm = list(gold.get("meetings"));
        List<JsonNode> om = new ArrayList<>(list(out.get("meetings")));
        count("meetings.count", gm.size() == om.size(),
                doc + ": meetings.count: want " + gm.size() + ", got " + om.size());
        for (int i = 0; i < gm.size(); i++) {
            JsonNode g = gm.get(i);
            JsonNode o = null;
            for (JsonNode candidate : om) {
                if (norm(g.get("kind")) != null && norm(g.get("kind")).equals(norm(candidate.get("kind")))) {
                    o = candidate;
                    break;
                }
            }
            if (o == null && !om.isEmpty()) {
                o = om.get(0);
            }
            if (o != null) {
                om.remove(o);
            } else {
                o = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            String where = doc + " meeting[" + i + "]";
            check("meeting.kind", g.get("kind"), o.get("kind"), where);
            for (String field : List.of("name", "abbreviation", "sequence")) {
                if (g.has(field)) {
                    check("meeting." + field, g.get(field), o.get(field), where);
                }
            }
            if (g.has("date")) {
                check("meeting.date", g.path("date").get("value"), o.path("date").get("value"), where);
            }
            if (g.has("location")) {
                check("meeting.location", g.path("location").get("name"), o.path("location").get("name"), where);
            }
            if (g.has("countries")) {
                compareSets("meeting.countries", list(g.get("countries")), list(o.get("countries")), where);
            }
            if (g.has("participants")) {
                compareSets("participants", names(g.get("participants")), names(o.get("participants")), where);
                Map<String, JsonNode> byName = new HashMap<>();
                for (JsonNode p : list(o.get("participants"))) {
                    byName.put(norm(p.get("name")), p);
                }
                for (JsonNode p : list(g.get("participants"))) {
                    JsonNode q = byName.get(norm(p.get("name")));
                    if (q != null) {
                        String who = where + " [" + p.get("name").asText() + "]";
                        check("participant.title", p.get("title"), q.get("title"), who);
                        check("participant.country", p.get("country"), q.get("country"), who);
                    }
                }
            }
            if (g.has("next")) {
                check("meeting.next.date", g.path("next").path("date").get("value"),
                        o.path("next").path("date").get("value"), where);
                check("meeting.next.location", g.path("next").path("location").get("name"),
                        o.path("next").path("location").get("name"), where);
            }
        }
    }

    private static List<JsonNode> names(JsonNode people) {
        List<JsonNode> names = new ArrayList<>();
        for (JsonNode p : list(people)) {
            names.add(p.get("name"));
        }
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items;
    }
}
