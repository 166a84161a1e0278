package io.github.readout.examples;

import io.github.readout.parser.Evidence;
import io.github.readout.parser.PressReleaseParser;
import java.io.PrintStream;
import java.util.List;

/**
 * Shows why each meeting value is what it is: a parser built with
 * {@link PressReleaseParser.Builder#explain(boolean) explain(true)} gives, for every kind, date,
 * place and country it read, the rule that chose it and the words it rests on, with their line
 * and column.
 *
 * <p>Run: {@code java -cp examples/target/readout.jar io.github.readout.examples.ExplainValues}
 * (it needs no files).
 */
public final class ExplainValues {

    /** A short release with a dateline, a call and a meeting. */
    public static final String TEXT = String.join("\n",
            " date 2024-10-24",
            "",
            "ASTANA, October 23 — Deputy Foreign Minister Roman Vassilenko had a telephone conversation with"
                    + " Under Secretary Dmitry Ivanov of Russia.",
            "",
            "President Shavkat Mirziyoyev received Secretary of State Antony Blinken in Tashkent.",
            "");

    private ExplainValues() {}

    /**
     * Parses {@link #TEXT} with a parser that explains, and prints each piece of evidence.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Parses {@link #TEXT} and prints one line per explained value.
     *
     * @param out where to print
     * @return the evidence printed
     */
    public static List<Evidence> run(PrintStream out) {
        PressReleaseParser parser = PressReleaseParser.builder().explain(true).build();
        List<Evidence> evidence = parser.parse("explained", TEXT).evidence();
        evidence.forEach(out::println);
        return evidence;
    }
}
