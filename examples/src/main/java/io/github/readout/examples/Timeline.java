package io.github.readout.examples;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Meeting;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.FileResult;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a timeline from a folder of releases: every meeting they report, grouped by the
 * countries that took part ({@code KZ–US}, sorted so that KZ–US and US–KZ are one group) and in
 * date order within each group. A meeting without a date of its own takes its release's
 * publication date; undated meetings come last.
 *
 * <p>It uses {@link PressReleaseParser#parseDirectory(Path)}, which parses the files in
 * parallel and keeps going past a file that fails.
 *
 * <p>Run: {@code java -cp examples/target/readout.jar
 * io.github.readout.examples.Timeline [FOLDER]} (default: the parser's test corpus in the repository).
 */
public final class Timeline {

    /** The folder parsed when no argument is given, relative to the repository root. */
    public static final Path DEFAULT_FOLDER = Path.of("parser", "src", "test", "resources", "corpus");

    private Timeline() {}

    /** A meeting with the release it came from and the date it is sorted by. */
    private static final class Entry {
        final PressRelease release;
        final Meeting meeting;
        final Optional<DateValue> date;

        Entry(PressRelease release, Meeting meeting) {
            this.release = release;
            this.meeting = meeting;
            this.date = meeting.date().flatMap(DateRef::value).or(() -> release.published().map(DateValue::of));
        }
    }

    /**
     * Prints the timeline of {@code args[0]} (or {@link #DEFAULT_FOLDER}).
     *
     * @param args an optional folder path
     */
    public static void main(String[] args) {
        ExampleFiles.runOrExit("Timeline", () ->
                run(args.length > 0 ? Path.of(args[0]) : ExampleFiles.inRepository(DEFAULT_FOLDER), System.out));
    }

    /**
     * Parses every {@code .txt} file under a folder and prints its meetings by country pair.
     *
     * @param folder the folder
     * @param out where to print
     * @throws IOException if the folder cannot be walked
     */
    public static void run(Path folder, PrintStream out) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (FileResult outcome : PressReleaseParser.create().parseDirectory(folder)) {
            if (outcome.isSuccess()) {
                PressRelease release = outcome.result().map(ParseResult::release).orElseThrow();
                release.meetings().forEach(meeting -> entries.add(new Entry(release, meeting)));
            } else {
                out.println("skipped " + outcome.file() + ": " + outcome.error().map(Exception::getMessage).orElse(""));
            }
        }
        Map<String, List<Entry>> groups = new TreeMap<>(entries.stream().collect(Collectors.groupingBy(Timeline::pair)));
        Comparator<Entry> byDate = Comparator.comparing((Entry e) -> e.date.orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()));
        groups.forEach((pair, list) -> {
            out.println(pair);
            list.stream().sorted(byDate.thenComparing(e -> e.release.id())).forEach(e -> out.println("  "
                    + e.date.map(DateValue::toString).orElse("undated") + "  "
                    + e.meeting.name().orElse(e.meeting.kind().toString())
                    + "  [" + e.release.id() + "]"));
        });
    }

    private static String pair(Entry entry) {
        List<CountryCode> countries = entry.meeting.countries();
        return countries.isEmpty() ? "(no countries)"
                : countries.stream().sorted().map(CountryCode::code).distinct().collect(Collectors.joining("–"));
    }
}
