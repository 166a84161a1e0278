package io.github.readout.examples;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.FileResult;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Queries over many releases with plain Java streams, since the model is immutable values:
 *
 * <ul>
 *   <li>every meeting a given country took part in;</li>
 *   <li>every person named in the releases, with all the titles they were given, across
 *       releases (people, meeting participants and participants of related events).</li>
 * </ul>
 *
 * <p>Run: {@code java -cp examples/target/readout.jar
 * io.github.readout.examples.StreamQueries [FOLDER [COUNTRY]]} (default: the parser's test
 * corpus and {@code KZ}).
 */
public final class StreamQueries {

    private StreamQueries() {}

    /**
     * Runs both queries on {@code args[0]} (or the corpus) for country {@code args[1]} (or KZ).
     *
     * @param args an optional folder and an optional country code
     */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : ExampleFiles.inRepository(Timeline.DEFAULT_FOLDER);
        CountryCode country = CountryCode.of(args.length > 1 ? args[1] : "KZ");
        ExampleFiles.runOrExit("StreamQueries", () -> run(folder, country, System.out));
    }

    /**
     * Parses a folder and prints the meetings of a country, then every person with their titles.
     *
     * @param folder the folder of {@code .txt} releases
     * @param country the country to find meetings of
     * @param out where to print
     * @throws IOException if the folder cannot be walked
     */
    public static void run(Path folder, CountryCode country, PrintStream out) throws IOException {
        List<PressRelease> releases = PressReleaseParser.create().parseDirectory(folder).stream()
                .map(FileResult::result)
                .flatMap(Optional::stream)
                .map(ParseResult::release)
                .collect(Collectors.toList());

        List<Meeting> meetings = meetingsOf(releases, country);
        out.println("Meetings with " + country.code() + " (" + meetings.size() + "):");
        meetings.forEach(m -> out.println("  " + m.kind() + " " + m.name().orElse("")
                + " " + m.countries().stream().map(CountryCode::code).collect(Collectors.joining("–"))));

        Map<String, SortedSet<String>> titles = titlesByPerson(releases);
        out.println("People (" + titles.size() + "):");
        titles.forEach((name, set) -> out.println("  " + name + (set.isEmpty() ? "" : ": " + String.join(" | ", set))));
    }

    /**
     * Finds every meeting a country took part in, in release order.
     *
     * @param releases the releases
     * @param country the country
     * @return the meetings whose countries include {@code country}
     */
    public static List<Meeting> meetingsOf(List<PressRelease> releases, CountryCode country) {
        return releases.stream()
                .flatMap(r -> r.meetings().stream())
                .filter(m -> m.countries().contains(country))
                .collect(Collectors.toList());
    }

    /**
     * Collects every person by name with all the titles they hold anywhere in the releases.
     *
     * @param releases the releases
     * @return each name, sorted, with its titles, sorted (empty when never titled)
     */
    public static Map<String, SortedSet<String>> titlesByPerson(List<PressRelease> releases) {
        return releases.stream()
                .flatMap(StreamQueries::everyone)
                .collect(Collectors.groupingBy(Person::name, TreeMap::new,
                        Collectors.flatMapping(p -> p.title().stream(), Collectors.toCollection(TreeSet::new))));
    }

    private static Stream<Person> everyone(PressRelease release) {
        return Stream.of(release.people().stream(),
                        release.meetings().stream().flatMap(m -> m.participants().stream()),
                        release.related().stream().flatMap(e -> e.participants().stream()))
                .flatMap(s -> s);
    }
}
