package io.github.readout.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.FileResult;
import io.github.readout.parser.PressReleaseParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge graph on the development corpus: SPARQL over the TDB2 store gives the answers
 * that a plain walk over the parsed releases gives, and the ones a reader of the corpus expects.
 */
class KnowledgeGraphTest {

    private static final Pattern MINISTER = Pattern.compile(KnowledgeGraph.FOREIGN_MINISTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPUTY = Pattern.compile(KnowledgeGraph.DEPUTY_FOREIGN_MINISTER, Pattern.CASE_INSENSITIVE);
    private static final CountryCode KZ = CountryCode.of("KZ");

    /** The development corpus (the parser's, of which this module's test resources hold a part). */
    private static final Path DEV = Path.of("..", "parser", "src", "test", "resources", "corpus");

    private static List<PressRelease> releases;

    @TempDir
    Path store;

    @BeforeAll
    static void parse() throws Exception {
        releases = new ArrayList<>();
        for (FileResult outcome : PressReleaseParser.create().parseDirectory(DEV)) {
            releases.add(outcome.result().orElseThrow().release());
        }
    }

    private static Optional<String> year(PressRelease release, Meeting meeting) {
        return meeting.date().flatMap(DateRef::value).map(Object::toString)
                .or(() -> release.published().map(Object::toString))
                .map(date -> date.substring(0, 4));
    }

    private static boolean isForeignMinister(Person person) {
        String title = person.title().orElse("");
        return person.country().equals(Optional.of(KZ)) && MINISTER.matcher(title).find() && !DEPUTY.matcher(title).find();
    }

    /** The walk over the model that the SPARQL query must agree with: release, person and place. */
    private static TreeSet<String> expectedEncounters() {
        TreeSet<String> expected = new TreeSet<>();
        for (PressRelease release : releases) {
            for (Meeting meeting : release.meetings()) {
                Optional<Person> minister = meeting.participants().stream().filter(KnowledgeGraphTest::isForeignMinister)
                        .findFirst();
                if (minister.isEmpty() || !year(release, meeting).equals(Optional.of("2024"))) {
                    continue;
                }
                for (Person other : meeting.participants()) {
                    if (!other.country().equals(Optional.of(KZ))) {
                        expected.add(release.id() + " | " + other.name() + " | "
                                + meeting.location().map(Place::name).orElse("?"));
                    }
                }
            }
        }
        return expected;
    }

    @Test
    void whoMetKazakhstansForeignMinisterIn2024AndWhere() throws Exception {
        try (KnowledgeGraph graph = KnowledgeGraph.open(store)) {
            assertThat(graph.load(DEV)).isEqualTo(releases.size());
            List<KnowledgeGraph.Encounter> encounters = graph.whoMet(KZ, 2024);
            TreeSet<String> found = encounters.stream()
                    .map(e -> e.release() + " | " + e.person() + " | " + e.place().orElse("?"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(found).isEqualTo(expectedEncounters());
            assertThat(encounters).hasSize(16);
            assertThat(encounters.stream().map(KnowledgeGraph.Encounter::toString))
                    .contains("2024-09-25  Antony Blinken (Secretary of State) [US]  at New York, US"
                            + "  — C5+1 Ministerial Meeting  [c5plus1-ministerial-new-york]")
                    .anyMatch(e -> e.startsWith("2024-05-31  Wang Yi (") && e.contains("at Beijing, CN"))
                    .anyMatch(e -> e.startsWith("2024-12-03  Bakhtiyor Saidov") && e.contains("at Astana, KZ"));
            // Dates come in order, and the first deputy minister's dialogue with Donald Lu is not the minister's.
            List<String> dates = encounters.stream().map(KnowledgeGraph.Encounter::date).collect(Collectors.toList());
            assertThat(dates).isSorted();
            assertThat(encounters).noneMatch(e -> e.person().equals("Donald Lu"));
            assertThat(graph.whoMet(KZ, 2023)).isEmpty();
        }
    }

    @Test
    void meetingsPerCountryPairPerYear() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (PressRelease release : releases) {
            for (Meeting meeting : release.meetings()) {
                Optional<String> year = year(release, meeting);
                List<String> countries = meeting.countries().stream().map(CountryCode::code).sorted().distinct()
                        .collect(Collectors.toList());
                for (int i = 0; i < countries.size() && year.isPresent(); i++) {
                    for (int j = i + 1; j < countries.size(); j++) {
                        expected.merge(countries.get(i) + "–" + countries.get(j) + " " + year.get(), 1L, Long::sum);
                    }
                }
            }
        }
        try (KnowledgeGraph graph = KnowledgeGraph.open(store)) {
            graph.load(DEV);
            // Loading again replaces each release's graph rather than adding to it.
            graph.load(DEV);
            List<KnowledgeGraph.PairYear> pairs = graph.meetingsPerCountryPair();
            Map<String, Long> actual = new TreeMap<>();
            pairs.forEach(p -> actual.put(p.first() + "–" + p.second() + " " + p.year(), p.meetings()));
            assertThat(actual).isEqualTo(expected);
            assertThat(pairs.get(0)).hasToString("KZ–UZ 2024: 9");
            assertThat(pairs).extracting(KnowledgeGraph.PairYear::meetings).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @Test
    void theExamplePrintsBothAnswers() throws Exception {
        Capture capture = new Capture();
        KnowledgeGraph.run(DEV, store, capture.out);
        assertThat(capture.text()).contains(releases.size() + " releases loaded")
                .contains("Who met Kazakhstan's foreign minister in 2024, and where:")
                .contains("  2024-04-23  Yoko Kamikawa (Minister for Foreign Affairs) [JP]  at Tokyo, JP")
                .contains("Meetings per country pair per year:")
                .contains("  KZ–UZ 2024: 9");
    }
}
