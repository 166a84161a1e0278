package io.github.readout.examples.cli;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import io.github.readout.core.evaluation.Evaluation;
import io.github.readout.core.evaluation.Scorecard;
import io.github.readout.formats.ReadoutFormats;
import io.github.readout.parser.FileResult;
import io.github.readout.parser.ParseException;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code readout} command-line tool. Its subcommand {@code parse} turns press releases into
 * JSON, and {@code score} measures that JSON against gold answers:
 *
 * <pre>
 * java -jar examples/target/readout.jar parse seeds/                 # a folder: one JSON line per release
 * java -jar examples/target/readout.jar parse --format pretty a.txt  # one file: indented JSON
 * java -jar examples/target/readout.jar parse --format csv --output tables/ corpus/   # three CSV tables
 * java -jar examples/target/readout.jar parse --format plover corpus/  # PLOVER event records
 * cat a.txt | java -jar examples/target/readout.jar parse -          # standard input
 * java -jar examples/target/readout.jar score GOLD_DIR out.jsonl     # figures against gold files
 * </pre>
 *
 * <p>Exit codes: 0 when every input was parsed, 1 when some failed (each is named on standard
 * error with its reason; the others are still written), 2 for a usage error.
 */
@Command(name = "readout", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
        description = "Turns diplomatic press releases into structured JSON.",
        subcommands = {ReadoutCommand.Parse.class, ReadoutCommand.Score.class, CommandLine.HelpCommand.class})
public final class ReadoutCommand implements Runnable {

    /** How many files go through {@link PressReleaseParser#parseAll} at once; bounds memory. */
    static final int BATCH_SIZE = 64;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    /** Creates the command reading standard input from {@link System#in}. */
    public ReadoutCommand() {
        this(System.in);
    }

    /**
     * Creates the command reading "standard input" from the given stream, for tests.
     *
     * @param stdin the stream read for the path {@code -}
     */
    public ReadoutCommand(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'readout parse PATH...'");
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new ReadoutCommand());
        cli.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /** The output formats. */
    enum Format {
        /** Compact JSON: one object, or an array of them for several documents. */
        JSON,
        /** One compact JSON object per line. */
        JSONL,
        /** Indented JSON: one object, or an array of them for several documents. */
        PRETTY,
        /** Three CSV tables (releases, meetings, participants) in the folder given by --output. */
        CSV,
        /** PLOVER event records: one CONSULT per meeting and line. */
        PLOVER,
        /** schema.org JSON-LD: one document per release and line. */
        JSONLD
    }

    /** The {@code parse} subcommand. */
    @Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
            description = "Parses press releases (.txt files, folders searched recursively, or standard input)"
                    + " and writes the JSON of each release.")
    static final class Parse implements Callable<Integer> {

        @ParentCommand
        ReadoutCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "PATH",
                description = "Files or folders to parse; '-' or nothing reads standard input.")
        List<String> paths = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "json, jsonl or pretty (default: pretty for one document, jsonl for several);"
                        + " csv (releases.csv, meetings.csv and participants.csv in the folder --output names);"
                        + " plover (PLOVER event records, one per meeting and line);"
                        + " jsonld (schema.org JSON-LD, one document per release and line).")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write to FILE instead of standard output (for csv: the folder of the tables).")
        Path output;

        @Option(names = "--no-text", description = "Lean JSON: leave out the body text (textLength and textSha256"
                + " stand in its place); every span is kept. For json, jsonl and pretty.")
        boolean noText;

        @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads to parse with (default: all cores).")
        Integer jobs;

        @Option(names = "--strict", description = "Fail a document on its first problem instead of reporting diagnostics.")
        boolean strict;

        @Option(names = "--reference-date", paramLabel = "DATE",
                description = "ISO date that relative dates are resolved against when a release has no date header.")
        LocalDate referenceDate;

        @Option(names = "--progress", description = "Show progress on standard error (automatic on a terminal).")
        boolean progress;

        @Override
        public Integer call() throws IOException {
            Format chosen = parseFormat();
            PressReleaseParser.Builder builder = PressReleaseParser.builder().strict(strict);
            if (jobs != null) {
                if (jobs < 1) {
                    throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
                }
                builder.parallelism(jobs);
            }
            if (referenceDate != null) {
                builder.referenceDate(referenceDate);
            }
            PressReleaseParser parser = builder.build();
            PrintWriter err = spec.commandLine().getErr();

            List<Input> inputs = new ArrayList<>();
            int failures = 0;
            for (String path : paths.isEmpty() ? List.of("-") : paths) {
                if (path.equals("-")) {
                    inputs.add(Input.STDIN);
                } else if (!expand(Path.of(path), inputs)) {
                    err.println(path + ": error: no such file or folder");
                    failures++;
                }
            }
            Format effective = chosen != null ? chosen : inputs.size() == 1 ? Format.PRETTY : Format.JSONL;
            checkFormatOptions(effective);
            Progress meter = new Progress(err, inputs.size(), progress || System.console() != null);

            Writer target = output == null ? spec.commandLine().getOut()
                    : effective == Format.CSV ? Writer.nullWriter()
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try {
                ReleaseSink sink = sink(effective, target, inputs.size() != 1);
                List<Path> batch = new ArrayList<>(BATCH_SIZE);
                for (Input input : inputs) {
                    if (input.file == null) {
                        failures += flush(parser, batch, sink, err, meter);
                        failures += parseStdin(parser, sink, err);
                        meter.advance(1);
                    } else {
                        batch.add(input.file);
                        if (batch.size() == BATCH_SIZE) {
                            failures += flush(parser, batch, sink, err, meter);
                        }
                    }
                }
                failures += flush(parser, batch, sink, err, meter);
                sink.finish();
            } finally {
                if (output != null) {
                    target.close();
                } else {
                    target.flush();
                }
                meter.done();
            }
            err.flush();
            return failures == 0 ? 0 : 1;
        }

        private void checkFormatOptions(Format effective) {
            if (effective == Format.CSV && output == null) {
                throw new ParameterException(spec.commandLine(),
                        "--format csv writes three files: name their folder with --output DIR");
            }
            if (noText && effective != Format.JSON && effective != Format.JSONL && effective != Format.PRETTY) {
                throw new ParameterException(spec.commandLine(),
                        "--no-text applies to json, jsonl and pretty, not to " + format);
            }
        }

        private ReleaseSink sink(Format effective, Writer target, boolean several) throws IOException {
            switch (effective) {
                case CSV:
                    if (Files.exists(output) && !Files.isDirectory(output)) {
                        throw new ParameterException(spec.commandLine(),
                                "--output " + output + ": is a file; --format csv needs a folder for its three tables");
                    }
                    return FormatSink.csv(output);
                case PLOVER:
                    return FormatSink.plover(target);
                case JSONLD:
                    return FormatSink.jsonLd(target);
                default:
                    return new JsonSink(target, effective, several, noText);
            }
        }

        private Format parseFormat() {
            if (format == null) {
                return null;
            }
            try {
                return Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--format': '" + format
                                + "' (expected json, jsonl, pretty, csv, plover or jsonld)");
            }
        }

        private static boolean expand(Path path, List<Input> inputs) throws IOException {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .collect(Collectors.toList())) {
                        inputs.add(new Input(file));
                    }
                }
                return true;
            }
            if (Files.exists(path)) {
                inputs.add(new Input(path));
                return true;
            }
            return false;
        }

        private static int flush(PressReleaseParser parser, List<Path> batch, ReleaseSink sink, PrintWriter err,
                Progress meter) {
            if (batch.isEmpty()) {
                return 0;
            }
            int failures = 0;
            meter.clear();
            for (FileResult outcome : parser.parseAll(batch)) {
                String name = outcome.file().toString();
                if (outcome.isSuccess()) {
                    ParseResult result = outcome.result().orElseThrow();
                    report(name, result.diagnostics(), err);
                    sink.write(result.release());
                } else {
                    err.println(name + ": error: " + reason(outcome.error().orElseThrow()));
                    failures++;
                }
            }
            meter.advance(batch.size());
            batch.clear();
            return failures;
        }

        private int parseStdin(PressReleaseParser parser, ReleaseSink sink, PrintWriter err) throws IOException {
            String name = "<stdin>";
            try {
                // read through the parser, which stops at its size limit however much is piped in
                ParseResult result = parser.parse(parent.stdin);
                report(name, result.diagnostics(), err);
                sink.write(result.release());
                return 0;
            } catch (ParseException e) {
                err.println(name + ": error: " + reason(e));
                return 1;
            }
        }

        private static void report(String name, List<Diagnostic> diagnostics, PrintWriter err) {
            for (Diagnostic d : diagnostics) {
                err.println(name + ":" + d.line() + ":" + d.column() + ": " + d.code() + ": " + d.message());
            }
        }

        private static String reason(Exception error) {
            if (error instanceof ParseException) {
                Diagnostic d = ((ParseException) error).diagnostic();
                return d.message() + " (" + d.code() + " at line " + d.line() + ", column " + d.column() + ")";
            }
            if (error instanceof NoSuchFileException) {
                return "no such file";
            }
            String message = error.getMessage();
            return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
    }

    /** The {@code score} subcommand: the corpus figures of parsed output against gold files. */
    @Command(name = "score", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
            description = "Scores parsed releases (a folder of NAME.json files or a JSON Lines file) against the"
                    + " NAME.gold.json files under GOLD_DIR, prints every figure and 'core N.NNN' last.")
    static final class Score implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder searched recursively for NAME.gold.json files.")
        Path gold;

        @Parameters(index = "1", paramLabel = "OUTPUT", description = "A folder of NAME.json files or a JSON Lines file keyed by id.")
        Path output;

        @Option(names = "--misses", description = "List every miss before the figures.")
        boolean misses;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (Path path : List.of(gold, output)) {
                if (!Files.exists(path)) {
                    err.println(path + ": error: no such file or folder");
                    return 1;
                }
            }
            Scorecard card;
            try {
                card = Evaluation.score(gold, output);
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            if (misses) {
                card.misses().forEach(miss -> out.println("miss " + miss));
            }
            out.print(card.report());
            out.flush();
            return 0;
        }
    }

    /** One input: a file, or standard input when {@code file} is null. */
    private static final class Input {
        static final Input STDIN = new Input(null);

        final Path file;

        Input(Path file) {
            this.file = file;
        }
    }

    /** Writes releases in one format, wrapping several in an array for json and pretty. */
    private static final class JsonSink implements ReleaseSink {
        private final Writer out;
        private final Format format;
        private final boolean array;
        private final boolean noText;
        private int written;

        JsonSink(Writer out, Format format, boolean several, boolean noText) {
            this.out = out;
            this.format = format;
            this.array = several && format != Format.JSONL;
            this.noText = noText;
        }

        @Override
        public void write(PressRelease release) {
            try {
                String json = noText
                        ? format == Format.PRETTY ? ReadoutFormats.leanJsonPretty(release) : ReadoutFormats.leanJson(release)
                        : format == Format.PRETTY ? ReadoutJson.writePretty(release) : ReadoutJson.write(release);
                if (array) {
                    out.write(written == 0 ? "[\n" : ",\n");
                    out.write(json);
                } else {
                    out.write(json);
                    out.write('\n');
                }
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish() throws IOException {
            if (array) {
                out.write(written == 0 ? "[]\n" : "\n]\n");
            }
        }
    }

    /** A carriage-return progress bar on standard error: count/total, rate and time left. */
    private static final class Progress {
        private static final int BAR = 30;
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private int done;
        private boolean shown;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void advance(int count) {
            done += count;
            if (!enabled) {
                return;
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((total - done) / rate) : 0;
            int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d  %.1f docs/s  %d:%02d left ",
                    "#".repeat(filled), "-".repeat(BAR - filled), done, total, rate, left / 60, left % 60);
            err.flush();
            shown = true;
        }

        /** Ends the progress line so that a message can be printed on its own line. */
        void clear() {
            if (shown) {
                err.println();
                shown = false;
            }
        }

        void done() {
            clear();
        }
    }

    /** Reads the version from the resource written at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = ReadoutCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"readout " + properties.getProperty("version", "unknown")};
        }
    }
}
