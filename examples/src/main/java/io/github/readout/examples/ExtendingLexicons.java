package io.github.readout.examples;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Meeting;
import io.github.readout.core.Place;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.PressReleaseParser;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Teaches the parser words it does not know. The built-in lexicons cover common diplomatic
 * titles, organisations and places; a made-up release about a "High Steward" of the "Council of
 * Lanterns" meeting in "Vesmirgrad" is parsed twice: with {@link PressReleaseParser#create()}, and
 * with a parser built with {@link PressReleaseParser.Builder#addTitle(String)},
 * {@link PressReleaseParser.Builder#addOrganization(String, CountryCode)} and
 * {@link PressReleaseParser.Builder#addPlace(String, CountryCode)}. The lines that change between
 * the two are printed with {@code -} (before) and {@code +} (after).
 *
 * <p>Run: {@code java -cp examples/target/readout.jar io.github.readout.examples.ExtendingLexicons}
 * (it needs no files).
 */
public final class ExtendingLexicons {

    /** The made-up release: its title, organisation and place are in no built-in lexicon. */
    public static final String TEXT = String.join("\n",
            "date 2024-05-10",
            "",
            "ASTANA – Foreign Minister of Kazakhstan Murat Nurtleu held talks with Council of Lanterns"
                    + " High Steward Orlen Vasko in Vesmirgrad on May 9.",
            "",
            "The parties discussed cooperation in the fields of trade and culture.",
            "");

    private ExtendingLexicons() {}

    /**
     * Parses {@link #TEXT} without and with the extra lexicon entries and prints the difference.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Parses {@link #TEXT} twice and prints what the extra entries changed.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        PressReleaseParser plain = PressReleaseParser.create();
        PressReleaseParser extended = PressReleaseParser.builder()
                .addTitle("High Steward")
                .addOrganization("Council of Lanterns", CountryCode.of("GE"))
                .addPlace("Vesmirgrad", CountryCode.of("GE"))
                .build();
        List<String> before = summary(plain.parse("made-up", TEXT).release());
        List<String> after = summary(extended.parse("made-up", TEXT).release());
        out.println("Built-in lexicons:");
        before.forEach(line -> out.println("  " + line));
        out.println("With addTitle/addOrganization/addPlace:");
        after.forEach(line -> out.println("  " + line));
        out.println("Difference:");
        before.stream().filter(line -> !after.contains(line)).forEach(line -> out.println("- " + line));
        after.stream().filter(line -> !before.contains(line)).forEach(line -> out.println("+ " + line));
    }

    /**
     * Lists what a release says about people and its main meeting, one fact per line.
     *
     * @param release the release
     * @return the lines
     */
    static List<String> summary(PressRelease release) {
        List<String> lines = new ArrayList<>();
        release.people().forEach(p -> lines.add("person " + p.name()
                + " | title: " + p.title().orElse("-")
                + " | organization: " + p.organization().orElse("-")
                + " | country: " + p.country().map(CountryCode::code).orElse("-")));
        Meeting main = release.mainMeeting().orElse(null);
        if (main == null) {
            lines.add("no meeting");
        } else {
            lines.add("meeting " + main.kind()
                    + " | countries: " + main.countries().stream().map(CountryCode::code).collect(Collectors.joining("–"))
                    + " | location: " + main.location().map(ExtendingLexicons::place).orElse("-"));
            main.participants().forEach(p -> lines.add("participant " + QuickStart.person(p)));
        }
        return lines;
    }

    private static String place(Place place) {
        return place.name() + place.country().map(c -> " (" + c.code() + ")").orElse("");
    }
}
