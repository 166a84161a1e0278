package io.github.readout.examples;

import io.github.readout.core.CountryCode;
import io.github.readout.core.DateRef;
import io.github.readout.core.DateValue;
import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shortest useful program: parse one press release and print its main meeting as one line,
 *
 * <pre>
 * 2024-06-04 · Enhanced Strategic Partnership Dialogue (ESPD), 6th · KZ–US · Akan Rakhmetullin (First Deputy Foreign Minister, KZ); …
 * </pre>
 *
 * <p>That is: the meeting's date (or the release's publication date), its name, abbreviation and
 * sequence number, the countries taking part, and each participant with title and country.
 *
 * <p>Run: {@code java -cp examples/target/readout.jar
 * io.github.readout.examples.QuickStart [FILE]} (default: the seed file of the repository the jar
 * was built in, from any folder).
 */
public final class QuickStart {

    /** The file parsed when no argument is given, relative to the repository root. */
    public static final Path DEFAULT_FILE = Path.of("seeds", "000_342ced776030c155.txt");

    private QuickStart() {}

    /**
     * Parses {@code args[0]} (or {@link #DEFAULT_FILE}) and prints its main meeting.
     *
     * @param args an optional file path
     */
    public static void main(String[] args) {
        ExampleFiles.runOrExit("QuickStart", () ->
                run(args.length > 0 ? Path.of(args[0]) : ExampleFiles.inRepository(DEFAULT_FILE), System.out));
    }

    /**
     * Parses a file and prints its main meeting, or says that it reports none.
     *
     * @param file the press release
     * @param out where to print
     * @throws IOException if the file cannot be read
     */
    public static void run(Path file, PrintStream out) throws IOException {
        PressRelease release = PressReleaseParser.create().parse(file).release();
        out.println(release.mainMeeting()
                .map(meeting -> describe(release, meeting))
                .orElse(release.id() + ": no meeting found"));
    }

    /**
     * Describes a meeting on one line.
     *
     * @param release the release that reports the meeting
     * @param meeting the meeting
     * @return the line
     */
    public static String describe(PressRelease release, Meeting meeting) {
        List<String> parts = new ArrayList<>();
        parts.add(meeting.date().flatMap(DateRef::value).map(DateValue::toString)
                .or(() -> release.published().map(Object::toString))
                .orElse("undated"));
        String name = meeting.name().orElse(meeting.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (meeting.abbreviation().isPresent()) {
            name += " (" + meeting.abbreviation().get() + ")";
        }
        if (meeting.sequence().isPresent()) {
            name += ", " + ordinal(meeting.sequence().getAsInt());
        }
        parts.add(name);
        if (!meeting.countries().isEmpty()) {
            parts.add(meeting.countries().stream().map(CountryCode::code).collect(Collectors.joining("–")));
        }
        if (!meeting.participants().isEmpty()) {
            parts.add(meeting.participants().stream().map(QuickStart::person).collect(Collectors.joining("; ")));
        }
        return String.join(" · ", parts);
    }

    /**
     * Describes a person: name, then title and country in parentheses when known.
     *
     * @param person the person
     * @return for example {@code "Donald Lu (Assistant Secretary …, US)"}
     */
    public static String person(Person person) {
        List<String> details = new ArrayList<>();
        person.title().ifPresent(details::add);
        person.country().map(CountryCode::code).ifPresent(details::add);
        return details.isEmpty() ? person.name() : person.name() + " (" + String.join(", ", details) + ")";
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }
}
