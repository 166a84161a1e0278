package io.github.readout.examples;

import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.parser.PressReleaseParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Shows that the JSON form of a release is complete: a release is written with
 * {@link ReadoutJson#writePretty(PressRelease)}, printed, read back with
 * {@link ReadoutJson#read(String)}, and compared with the original, which it equals.
 *
 * <p>Run: {@code java -cp examples/target/readout.jar
 * io.github.readout.examples.JsonRoundTrip [FILE]} (default: the seed file of the repository).
 */
public final class JsonRoundTrip {

    private JsonRoundTrip() {}

    /**
     * Round-trips {@code args[0]} (or the seed file) through JSON.
     *
     * @param args an optional file path
     */
    public static void main(String[] args) {
        ExampleFiles.runOrExit("JsonRoundTrip", () ->
                run(args.length > 0 ? Path.of(args[0]) : ExampleFiles.inRepository(QuickStart.DEFAULT_FILE), System.out));
    }

    /**
     * Parses a file, prints its JSON, reads that JSON back and prints whether the two are equal.
     *
     * @param file the press release
     * @param out where to print
     * @return true when the release read back equals the original
     * @throws IOException if the file cannot be read
     */
    public static boolean run(Path file, PrintStream out) throws IOException {
        PressRelease original = PressReleaseParser.create().parse(file).release();
        String json = ReadoutJson.writePretty(original);
        out.println(json);
        PressRelease copy = ReadoutJson.read(json);
        boolean equal = copy.equals(original);
        out.println("read back equals original: " + equal);
        return equal;
    }
}
