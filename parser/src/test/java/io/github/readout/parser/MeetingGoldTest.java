package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.evaluation.Evaluation;
import io.github.readout.core.evaluation.Scorecard;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parses every corpus document and the seed, scores the output against the gold answers by
 * the corpus rules, prints the figures and holds them above their floors.
 */
class MeetingGoldTest {

    private static final ObjectMapper JSON = ReadoutJson.mapper();
    private static final PressReleaseParser PARSER = PressReleaseParser.create();
    private static final String SEED = "000_342ced776030c155";

    private static Path corpus;
    private static List<Path> documents;

    @BeforeAll
    static void findCorpus() throws URISyntaxException, IOException {
        corpus = Path.of(MeetingGoldTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    /**
     * The floors: each core figure as last measured minus 0.01, so that a regression of one
     * document shows. Raise them when the figures rise.
     */
    private static final Map<String, Double> DEV_CORPUS_FLOORS = floors(Map.of(
            "published", 1.0, "people.f1", 1.0, "meetings.count", 1.0, "meeting.kind", 1.0, "meeting.date", 1.0,
            "meeting.location", 1.0, "meeting.countries.f1", 1.0, "participants.f1", 1.0,
            "participant.title", 1.0, "participant.country", 1.0), 1.0);

    private static final Map<String, Double> SECOND_CORPUS_FLOORS = floors(Map.of(
            "published", 1.0, "people.f1", 1.0, "meetings.count", 0.992, "meeting.kind", 0.984,
            "meeting.date", 0.983, "meeting.location", 0.980, "meeting.countries.f1", 0.996,
            "participants.f1", 0.989, "participant.title", 1.0, "participant.country", 0.982), 0.991);

    private static Map<String, Double> floors(Map<String, Double> measured, double core) {
        Map<String, Double> floors = new java.util.HashMap<>();
        measured.forEach((figure, value) -> floors.put(figure, value - 0.01));
        floors.put("core", core - 0.01);
        return Map.copyOf(floors);
    }

    private static void assertAboveFloors(Scorecard score, Map<String, Double> floors) {
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        floors.forEach((figure, floor) -> {
            double value = figure.equals("core") ? score.core() : score.figure(figure).orElse(0);
            soft.assertThat(value).as(figure).isGreaterThanOrEqualTo(floor);
        });
        soft.assertAll();
    }

    /** The documents of a corpus on the class path, in file-name order. */
    private static List<Path> documents(String resource) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(MeetingGoldTest.class.getResource(resource).toURI()))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    /** Scores documents and prints the core figure and every miss. */
    private static Scorecard scoredAndPrinted(String corpus, List<Path> docs) throws IOException {
        Scorecard score = score(docs);
        System.out.printf("%s: %d documents, core %.3f%n", corpus, docs.size(), score.core());
        score.misses().forEach(m -> System.out.println("miss " + m));
        return score;
    }

    private static Scorecard score(List<Path> docs) throws IOException {
        Evaluation evaluation = Evaluation.create();
        for (Path doc : docs) {
            String id = doc.getFileName().toString().replace(".txt", "");
            PressRelease release = PARSER.parse(doc).release();
            JsonNode out = JSON.valueToTree(release);
            JsonNode gold = JSON.readTree(doc.resolveSibling(id + ".gold.json").toFile());
            evaluation.add(id, gold, out);
        }
        return evaluation.scorecard();
    }

    @Test
    void secondCorpusScoresAboveTheFloors() throws IOException, URISyntaxException {
        List<Path> docs = documents("/corpus-more");
        Scorecard score = scoredAndPrinted("second corpus", docs);

        assertThat(docs).hasSizeGreaterThanOrEqualTo(119);
        assertAboveFloors(score, SECOND_CORPUS_FLOORS);
    }

    @Test
    void russianCorpusScoresPerfectlyAndIsReadAsRussian() throws IOException, URISyntaxException {
        List<Path> docs = documents("/corpus-ru");
        Scorecard score = scoredAndPrinted("Russian corpus", docs);

        assertThat(docs).hasSizeGreaterThanOrEqualTo(6);
        assertAboveFloors(score, DEV_CORPUS_FLOORS);
        for (Path doc : docs) {
            assertThat(PARSER.parse(doc).language()).as(doc.getFileName().toString()).isEqualTo(Language.RUSSIAN);
        }
    }

    @Test
    void devCorpusScoresAboveTheFloors() throws IOException {
        List<Path> dev = documents.stream().filter(p -> !p.getFileName().toString().startsWith(SEED))
                .collect(Collectors.toList());
        Scorecard score = score(dev);
        System.out.print(score.report());
        score.misses().forEach(m -> System.out.println("miss " + m));

        assertAboveFloors(score, DEV_CORPUS_FLOORS);
    }

    @Test
    void seedScoresPerfectlyOnItsMeeting() throws IOException {
        Scorecard score = score(documents.stream().filter(p -> p.getFileName().toString().startsWith(SEED))
                .collect(Collectors.toList()));
        Map<String, Double> f = score.figures();
        assertThat(score.misses()).filteredOn(m -> !m.contains("related")).isEmpty();
        for (String figure : List.of("people.f1", "participants.f1", "participant.title", "participant.country",
                "meeting.name", "meeting.abbreviation", "meeting.sequence", "meeting.next.date",
                "meeting.next.location")) {
            assertThat(f.get(figure)).as(figure).isEqualTo(1.0);
        }
    }

    @Test
    void seedJsonShowsTheFullMeeting() throws IOException {
        PressRelease release = PARSER.parse(corpus.resolve(SEED + ".txt")).release();
        assertThat(release.mainMeeting()).hasValueSatisfying(m -> {
            assertThat(m.name()).hasValue("Enhanced Strategic Partnership Dialogue");
            assertThat(m.abbreviation()).hasValue("ESPD");
            assertThat(m.sequence()).hasValue(6);
            assertThat(m.participants()).extracting(p -> p.name()).containsExactly("Akan Rakhmetullin", "Donald Lu");
            assertThat(m.next()).hasValueSatisfying(n -> {
                assertThat(n.date().flatMap(d -> d.value()).map(Object::toString)).hasValue("2025");
                assertThat(n.location().map(p -> p.name())).hasValue("Astana");
            });
        });
        assertThat(release.people()).extracting(p -> p.name())
                .contains("Akan Rakhmetullin", "Donald Lu", "Murat Nurtleu", "Antony Blinken", "Tokayev");
    }
}
