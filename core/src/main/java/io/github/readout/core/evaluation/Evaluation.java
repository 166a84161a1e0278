package io.github.readout.core.evaluation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.readout.core.ReadoutJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores parsed releases against gold answers, document by document, into a {@link Scorecard}.
 *
 * <p>The rules: {@code published}, {@code dateline.place}, {@code attribution.organization},
 * headers and title are exact. People are compared as a set of names per document. Gold
 * meetings are paired, in order, with the output's meetings of the same kind or, failing that,
 * the first one left; a wrong number of meetings counts against {@code meetings.count}. Each
 * paired meeting is scored on kind, name, abbreviation, sequence, date, location (name and
 * country), countries (set), participants (set of names, then title and country of each
 * participant found), topics and outcomes (recall by content words) and the next meeting's
 * date and place. Related events are paired by name, else in order, and scored like meetings.
 *
 * <pre>{@code
 * Scorecard card = Evaluation.score(Path.of("gold"), Path.of("out.jsonl"));
 * System.out.print(card.report());
 * }</pre>
 *
 * <p>An evaluation accumulates; it is not thread-safe.
 */
public final class Evaluation {

    private static final ObjectMapper JSON = ReadoutJson.mapper();

    private final Map<String, int[]> exact = new LinkedHashMap<>();
    private final Map<String, int[]> sets = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private int documents;
    private int withoutOutput;

    private Evaluation() {}

    /**
     * Creates an empty evaluation.
     *
     * @return a new evaluation
     */
    public static Evaluation create() {
        return new Evaluation();
    }

    /**
     * Scores every {@code NAME.gold.json} under a folder (searched recursively) against the
     * output for {@code NAME}: either a folder of {@code NAME.json} files (searched recursively)
     * or a JSON Lines file with one release per line, keyed by its {@code id}.
     *
     * @param goldFolder the folder holding the gold files
     * @param output a folder of JSON files or a JSON Lines file
     * @return the figures
     * @throws IOException when a file cannot be read or is not JSON (the message names the file,
     *     line and column), or when there is no gold file under the folder
     */
    public static Scorecard score(Path goldFolder, Path output) throws IOException {
        Objects.requireNonNull(goldFolder, "goldFolder");
        Objects.requireNonNull(output, "output");
        Map<String, JsonNode> outputs = readOutputs(output);
        List<Path> golds;
        try (Stream<Path> walk = Files.walk(goldFolder)) {
            golds = walk.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted()
                    .collect(Collectors.toList());
        }
        if (golds.isEmpty()) {
            throw new IOException(goldFolder + ": no .gold.json file in this folder");
        }
        Evaluation evaluation = create();
        for (Path gold : golds) {
            String name = gold.getFileName().toString();
            String id = name.substring(0, name.length() - ".gold.json".length());
            JsonNode goldTree = readTree(gold, Files.readString(gold, StandardCharsets.UTF_8), 0);
            JsonNode out = outputs.get(id);
            if (out == null) {
                evaluation.addWithoutOutput(id, goldTree);
            } else {
                evaluation.add(id, goldTree, out);
            }
        }
        return evaluation.scorecard();
    }

    /**
     * Scores one document.
     *
     * @param document the document's name, used in misses
     * @param gold its gold answer: a subset of the JSON contract
     * @param output the parser's JSON for it, for example
     *     {@code ReadoutJson.mapper().valueToTree(release)}
     * @return this evaluation
     */
    public Evaluation add(String document, JsonNode gold, JsonNode output) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(output, "output");
        documents++;
        scoreDocument(document, gold, output);
        return this;
    }

    /**
     * Scores one document for which there is no output: every gold value counts as missed.
     *
     * @param document the document's name, used in misses
     * @param gold its gold answer
     * @return this evaluation
     */
    public Evaluation addWithoutOutput(String document, JsonNode gold) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(gold, "gold");
        documents++;
        withoutOutput++;
        misses.add(document + ": no output");
        scoreDocument(document, gold, MissingNode.getInstance());
        return this;
    }

    /**
     * Returns the figures of the documents added so far.
     *
     * @return an immutable scorecard
     */
    public Scorecard scorecard() {
        Map<String, Double> figures = new HashMap<>();
        exact.forEach((name, r) -> figures.put(name, r[1] == 0 ? 1.0 : (double) r[0] / r[1]));
        sets.forEach((name, r) -> {
            double precision = r[0] + r[1] == 0 ? 1.0 : (double) r[0] / (r[0] + r[1]);
            double recall = r[0] + r[2] == 0 ? 1.0 : (double) r[0] / (r[0] + r[2]);
            figures.put(name + ".p", precision);
            figures.put(name + ".r", recall);
            figures.put(name + ".f1", precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall));
        });
        return new Scorecard(documents, withoutOutput, figures, misses);
    }

    private void scoreDocument(String doc, JsonNode gold, JsonNode out) {
        check("published", gold.get("published"), out.get("published"), doc);
        gold.path("headers").properties().forEach(header ->
                check("headers", header.getValue(), out.path("headers").get(header.getKey()),
                        doc + " [" + header.getKey() + "]"));
        if (gold.has("title")) {
            check("title", gold.get("title"), out.get("title"), doc);
        }
        if (gold.has("dateline")) {
            check("dateline", gold.path("dateline").get("place"), out.path("dateline").get("place"), doc);
        }
        if (gold.has("attribution")) {
            check("attribution", gold.path("attribution").get("organization"),
                    out.path("attribution").get("organization"), doc);
        }
        if (gold.has("credits")) {
            compareSets("credits", field(gold.get("credits"), "holder"), field(out.get("credits"), "holder"), doc);
        }
        if (gold.has("people")) {
            compareSets("people", field(gold.get("people"), "name"), field(out.get("people"), "name"), doc);
        }
        if (gold.has("meetings")) {
            scoreMeetings(doc, items(gold.get("meetings")), items(out.get("meetings")));
        }
        if (gold.has("related")) {
            List<JsonNode[]> pairs = pair(items(gold.get("related")), items(out.get("related")), "name");
            for (int i = 0; i < pairs.size(); i++) {
                scoreEvent("related", pairs.get(i)[0], pairs.get(i)[1], doc + " related[" + i + "]");
            }
        }
    }

    private void scoreMeetings(String doc, List<JsonNode> gold, List<JsonNode> out) {
        count("meetings.count", gold.size() == out.size(),
                doc + ": meetings.count: want " + gold.size() + ", got " + out.size());
        List<JsonNode[]> pairs = pair(gold, out, "kind");
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode g = pairs.get(i)[0];
            JsonNode o = pairs.get(i)[1];
            String where = doc + " meeting[" + i + "]";
            scoreEvent("meeting", g, o, where);
            if (g.has("topics")) {
                recall("meeting.topics", field(g.get("topics"), "label"), field(o.get("topics"), "label"), where);
            }
            if (g.has("outcomes")) {
                recall("meeting.outcomes", field(g.get("outcomes"), "text"), field(o.get("outcomes"), "text"), where);
            }
            if (g.has("next")) {
                check("meeting.next.date", g.path("next").path("date").get("value"),
                        o.path("next").path("date").get("value"), where);
                check("meeting.next.location", g.path("next").path("location").get("name"),
                        o.path("next").path("location").get("name"), where);
            }
        }
    }

    private void scoreEvent(String prefix, JsonNode g, JsonNode o, String where) {
        check(prefix + ".kind", g.get("kind"), o.get("kind"), where);
        for (String name : List.of("name", "abbreviation", "sequence")) {
            if (g.has(name)) {
                check(prefix + "." + name, g.get(name), o.get(name), where);
            }
        }
        if (g.has("date")) {
            check(prefix + ".date", dateValue(g.get("date")), dateValue(o.get("date")), where);
        }
        if (g.has("location")) {
            check(prefix + ".location", g.path("location").get("name"), o.path("location").get("name"), where);
            if (present(g.path("location").get("country"))) {
                check(prefix + ".location.country", g.path("location").get("country"),
                        o.path("location").get("country"), where);
            }
        }
        if (g.has("countries")) {
            compareSets(prefix + ".countries", items(g.get("countries")), items(o.get("countries")), where);
        }
        if (g.has("participants")) {
            compareSets(prefix.equals("meeting") ? "participants" : prefix + ".participants",
                    field(g.get("participants"), "name"), field(o.get("participants"), "name"), where);
            if (prefix.equals("meeting")) {
                scoreParticipants(items(g.get("participants")), items(o.get("participants")), where);
            }
        }
    }

    private void scoreParticipants(List<JsonNode> gold, List<JsonNode> out, String where) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode p : out) {
            byName.put(normalize(p.get("name")), p);
        }
        for (JsonNode p : gold) {
            JsonNode q = byName.get(normalize(p.get("name")));
            if (q != null) {
                String who = where + " [" + text(p.get("name")) + "]";
                check("participant.title", p.get("title"), q.get("title"), who);
                check("participant.country", p.get("country"), q.get("country"), who);
            }
        }
    }

    /** Pairs each gold item with an output item: the first of the same key, else the first left. */
    private static List<JsonNode[]> pair(List<JsonNode> gold, List<JsonNode> out, String key) {
        List<JsonNode> left = new ArrayList<>(out);
        List<JsonNode[]> pairs = new ArrayList<>();
        for (JsonNode g : gold) {
            String wanted = normalize(g.get(key));
            JsonNode match = null;
            if (wanted != null) {
                match = left.stream().filter(o -> wanted.equals(normalize(o.get(key)))).findFirst().orElse(null);
            }
            if (match == null && !left.isEmpty()) {
                match = left.get(0);
            }
            if (match != null) {
                left.remove(match);
            }
            pairs.add(new JsonNode[] {g, match == null ? MissingNode.getInstance() : match});
        }
        return pairs;
    }

    private void check(String name, JsonNode gold, JsonNode out, String where) {
        String wanted = normalize(gold);
        if (wanted == null) {
            return;
        }
        count(name, wanted.equals(normalize(out)),
                where + ": " + name + ": want " + quote(gold) + ", got " + quote(out));
    }

    private void count(String name, boolean right, String miss) {
        int[] r = exact.computeIfAbsent(name, k -> new int[2]);
        r[0] += right ? 1 : 0;
        r[1]++;
        if (!right) {
            misses.add(miss);
        }
    }

    private void compareSets(String name, List<JsonNode> gold, List<JsonNode> out, String where) {
        Set<String> g = normalizedSet(gold);
        Set<String> o = normalizedSet(out);
        int[] r = sets.computeIfAbsent(name, k -> new int[3]);
        for (String x : o) {
            r[g.contains(x) ? 0 : 1]++;
        }
        Set<String> missing = new TreeSet<>(g);
        missing.removeAll(o);
        r[2] += missing.size();
        if (!g.equals(o)) {
            Set<String> extra = new TreeSet<>(o);
            extra.removeAll(g);
            misses.add(where + ": " + name + ": missing " + missing + ", extra " + extra);
        }
    }

    private void recall(String name, List<JsonNode> gold, List<JsonNode> out, String where) {
        List<Set<String>> outWords = new ArrayList<>();
        for (JsonNode o : out) {
            if (present(o)) {
                outWords.add(contentWords(o));
            }
        }
        for (JsonNode item : gold) {
            Set<String> wanted = contentWords(item);
            boolean found = !wanted.isEmpty() && outWords.stream().anyMatch(words -> {
                long shared = wanted.stream().filter(words::contains).count();
                return shared * 2 >= wanted.size();
            });
            count(name, found, where + ": " + name + ": not found " + quote(item));
        }
    }

    private static Set<String> contentWords(JsonNode value) {
        String normalized = normalize(value);
        Set<String> words = new HashSet<>();
        if (normalized != null) {
            for (String word : normalized.split(" ")) {
                if (word.length() > 2) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static Set<String> normalizedSet(List<JsonNode> values) {
        Set<String> set = new HashSet<>();
        for (JsonNode value : values) {
            String normalized = normalize(value);
            if (normalized != null) {
                set.add(normalized);
            }
        }
        return set;
    }

    /**
     * The comparison form of a value: NFKC, case folded, every run of characters other than
     * letters and digits made one space, trimmed, a leading "the " dropped; null when absent.
     */
    static String normalize(JsonNode value) {
        if (!present(value)) {
            return null;
        }
        String folded = Normalizer.normalize(text(value), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace('ς', 'σ');
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        String result = out.toString();
        return result.startsWith("the ") ? result.substring(4) : result;
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode();
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String quote(JsonNode value) {
        return present(value) ? "'" + text(value) + "'" : "None";
    }

    private static JsonNode dateValue(JsonNode date) {
        return date != null && date.isObject() ? date.get("value") : date;
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static List<JsonNode> field(JsonNode array, String name) {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode item : items(array)) {
            values.add(item.get(name));
        }
        return values;
    }

    private static Map<String, JsonNode> readOutputs(Path output) throws IOException {
        Map<String, JsonNode> outputs = new HashMap<>();
        if (Files.isDirectory(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".json") && !name.endsWith(".gold.json")) {
                        outputs.put(name.substring(0, name.length() - ".json".length()),
                                readTree(file, Files.readString(file, StandardCharsets.UTF_8), 0));
                    }
                }
            }
            return outputs;
        }
        try (BufferedReader lines = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    JsonNode release = readTree(output, line, number);
                    outputs.put(text(release.path("id")), release);
                }
            }
        }
        return outputs;
    }

    private static JsonNode readTree(Path file, String json, int lineNumber) throws IOException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = lineNumber > 0 ? lineNumber : at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            throw new IOException(file + ":" + line + ":" + column + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
