package io.github.readout.examples.cli;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.evaluation.Evaluation;
import io.github.readout.core.evaluation.Scorecard;
import io.github.readout.examples.cli.Inputs.Input;
import io.github.readout.parser.Evidence;
import io.github.readout.parser.Language;
import io.github.readout.parser.ParseException;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
 * <p>Every message goes to standard error as one line, {@code WHERE: SEVERITY: CODE: MESSAGE}
 * (see {@link Messages}). Exit codes: {@value #OK} when every input was parsed,
 * {@value #SOME_FAILED} when some failed or there was nothing to parse (each is named on standard
 * error with its reason; the others are still written), {@value #USAGE} for a usage error,
 * {@value #OUTPUT_FAILED} when the output could not be written (a file named with
 * {@code --output} is then left as it was), {@value #DEFECT} for a defect of the tool.
 */
@Command(name = "readout", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
        description = "Turns diplomatic press releases into structured JSON.",
        subcommands = {ReadoutCommand.Parse.class, ReadoutCommand.Score.class, CommandLine.HelpCommand.class})
public final class ReadoutCommand implements Runnable {

    /** Exit code: every input was parsed. */
    public static final int OK = 0;
    /** Exit code: some input could not be parsed or read, or there was none; the rest was written. */
    public static final int SOME_FAILED = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: the output could not be written. */
    public static final int OUTPUT_FAILED = 3;
    /** Exit code: the tool met a defect of its own. */
    public static final int DEFECT = 4;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;
    private final Terminal terminal;

    /** Creates the command on the process's standard streams. */
    public ReadoutCommand() {
        // Not System.out: a PrintStream notes a failed write and carries on; this stream throws.
        this(System.in, new FileOutputStream(FileDescriptor.out), Terminal.detect());
    }

    /**
     * Creates the command reading "standard input" from the given stream, for tests; releases go
     * to {@code stdout}, and no stream is a terminal.
     *
     * @param stdin the stream read for the path {@code -}
     * @param stdout the stream the releases are written to without {@code --output}
     */
    public ReadoutCommand(InputStream stdin, OutputStream stdout) {
        this(stdin, stdout, Terminal.NONE);
    }

    ReadoutCommand(InputStream stdin, OutputStream stdout, Terminal terminal) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stdout = Objects.requireNonNull(stdout, "stdout");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'readout parse PATH...'");
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        ReadoutCommand command = new ReadoutCommand();
        CommandLine cli = commandLine(command,
                new PrintWriter(new OutputStreamWriter(command.stdout, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /**
     * Returns the command line of a command, with the tool's handling of errors: a usage error
     * or a defect is one line on {@code err}, never a stack trace.
     *
     * @param command the command
     * @param out where help and version text go
     * @param err where messages go
     * @return the command line, ready to {@link CommandLine#execute execute}
     */
    public static CommandLine commandLine(ReadoutCommand command, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((error, args) -> {
            String help = error.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            new Messages(error.getCommandLine().getErr()).error(Messages.TOOL, "usage",
                    error.getMessage() + " (see '" + help + "')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((error, failed, parsed) -> {
            new Messages(failed.getErr()).error(Messages.TOOL, "defect", error.toString());
            return DEFECT;
        });
        return cli;
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
                description = "Files or folders to parse; '-' reads standard input, as does nothing when it is no terminal.")
        List<String> paths = new ArrayList<>();

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "json, jsonl or pretty (default: pretty for one document, jsonl for several);"
                        + " csv (releases.csv, meetings.csv and participants.csv in the folder --output names);"
                        + " plover (PLOVER event records, one per meeting and line);"
                        + " jsonld (schema.org JSON-LD, one document per release and line).")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write to FILE instead of standard output; FILE is replaced only by a complete run"
                        + " (for csv: the folder of the tables).")
        Path output;

        @Option(names = "--no-text", description = "Lean JSON: leave out the body text (textLength and textSha256"
                + " stand in its place); every span is kept. For json, jsonl and pretty.")
        boolean noText;

        @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads to parse with (default: all cores).")
        Integer jobs;

        @Option(names = "--strict", description = "Fail a document on its first problem instead of reporting diagnostics.")
        boolean strict;

        @Option(names = "--reference-date", paramLabel = "DATE", converter = IsoDate.class,
                description = "ISO date (YYYY-MM-DD) that relative dates are resolved against when a release has no date.")
        LocalDate referenceDate;

        @Option(names = "--language", paramLabel = "CODE", converter = LanguageCode.class,
                description = "Read every release in this language (en, ru) instead of telling each one's from its letters.")
        Language language;

        @Option(names = "--explain", description = "On standard error, say for every meeting value which rule and which"
                + " words gave it: file:line:col: info: evidence: meetings[0].kind PHONE_CALL ← the meeting word …")
        boolean explain;

        @Option(names = "--progress", negatable = true,
                description = "Show a progress bar on standard error (default: when standard error is a terminal"
                        + " that the releases do not go to).")
        Boolean progress;

        @Override
        public Integer call() {
            OutputFormat chosen = parseFormat();
            if (jobs != null && jobs < 1) {
                throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
            }
            if (paths.isEmpty() && parent.terminal.stdin) {
                throw new ParameterException(spec.commandLine(),
                        "no input: give files or folders to parse, or '-' to type a release at the terminal");
            }
            checkFormatOptions(chosen);
            Messages messages = new Messages(spec.commandLine().getErr());
            OutputTarget target;
            try {
                target = output == null ? OutputTarget.of(parent.stdout)
                        : chosen != null && chosen.toFolder() ? OutputTarget.folder(output)
                        : OutputTarget.file(output);
            } catch (IOException e) {
                messages.error(output.toString(), "output.unwritable", Messages.describe(e));
                return OUTPUT_FAILED;
            }
            try (target) {
                return parseInto(target, chosen, messages);
            }
        }

        private int parseInto(OutputTarget target, OutputFormat chosen, Messages messages) {
            Inputs inputs = Inputs.of(paths.isEmpty() ? List.of("-") : paths, messages, Optional.ofNullable(output));
            List<Input> list = inputs.list();
            if (list.isEmpty()) {
                messages.error(Messages.TOOL, "input.none", "nothing to parse" + keptSaying(target));
                return SOME_FAILED;
            }
            if (parent.terminal.stdin && list.contains(Input.STDIN)) {
                messages.info("<stdin>", "input.terminal", "reading a release typed at the terminal; end it with Ctrl-D");
            }
            OutputFormat effective = chosen != null ? chosen : list.size() == 1 ? OutputFormat.PRETTY : OutputFormat.JSONL;
            boolean several = list.size() != 1;
            Progress bar = showProgress() ? new Progress(spec.commandLine().getErr(), list.size(), System.nanoTime())
                    : Progress.NONE;
            messages.showing(bar);
            ReleaseSink<?> sink;
            try {
                sink = effective.toFolder() ? FormatSink.csv(output)
                        : new StreamSink(target.stream(), effective, several, noText);
            } catch (IOException e) {
                messages.error(target.name(), "output.unwritable", Messages.describe(e));
                return OUTPUT_FAILED;
            }
            int[] failed = {inputs.failures()};
            try {
                parseAll(list, sink, messages, bar, failed);
                sink.finish();
                if (sink.written() == 0 && output != null) {
                    messages.warning(output.toString(), "output.unchanged", "no release was parsed" + keptSaying(target));
                } else {
                    target.commit();
                }
            } catch (IOException e) {
                messages.error(target.name(), "output.failed", Messages.describe(e) + keptSaying(target));
                return OUTPUT_FAILED;
            }
            bar.done(failed[0] - inputs.failures());
            return failed[0] == 0 ? OK : SOME_FAILED;
        }

        /** Parses the inputs on the parsing threads and writes them in order; counts failures in {@code failed}. */
        private <P> void parseAll(List<Input> list, ReleaseSink<P> sink, Messages messages, Progress bar, int[] failed)
                throws IOException {
            PressReleaseParser parser = parser();
            int threads = Math.min(list.size(), jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
            OrderedParallel.run(threads, list, input -> Parsed.of(parser, input, parent.stdin, sink),
                    parsed -> {
                        if (!parsed.report(messages)) {
                            failed[0]++;
                        }
                        if (parsed.record != null) {
                            sink.write(parsed.record);
                        }
                        bar.advance();
                    });
        }

        private void checkFormatOptions(OutputFormat chosen) {
            if (chosen == OutputFormat.CSV) {
                if (output == null) {
                    throw new ParameterException(spec.commandLine(),
                            "--format csv writes three files: name their folder with --output DIR");
                }
                if (Files.exists(output) && !Files.isDirectory(output)) {
                    throw new ParameterException(spec.commandLine(),
                            "--output " + output + ": is a file; --format csv needs a folder for its three tables");
                }
            }
            if (noText && chosen != null && !chosen.isReleaseJson()) {
                throw new ParameterException(spec.commandLine(),
                        "--no-text applies to json, jsonl and pretty, not to " + format);
            }
        }

        private static String keptSaying(OutputTarget target) {
            return target.replaces().map(file -> "; " + file + " is left as it was").orElse("");
        }

        private PressReleaseParser parser() {
            PressReleaseParser.Builder builder = PressReleaseParser.builder().strict(strict).explain(explain);
            if (language != null) {
                builder.language(language);
            }
            if (referenceDate != null) {
                builder.referenceDate(referenceDate);
            }
            return builder.build();
        }

        private boolean showProgress() {
            if (progress != null) {
                return progress;
            }
            boolean dataOnTerminal = output == null && parent.terminal.shared;
            return parent.terminal.stderr && !dataOnTerminal;
        }

        private OutputFormat parseFormat() {
            if (format == null) {
                return null;
            }
            try {
                return OutputFormat.named(format);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "invalid value for option '--format': '" + format + "' (expected " + OutputFormat.names() + ")");
            }
        }
    }

    /**
     * What became of one input, made on a parsing thread and reported in input order.
     *
     * @param <P> what the sink prepares a release into
     */
    static final class Parsed<P> {
        final Input input;
        /** The release as the sink prepared it, or null when the input failed. */
        final P record;
        final List<Diagnostic> diagnostics;
        /** Why each meeting value is what it is, when the parser explains. */
        final List<Evidence> evidence;
        /** Why the parse failed, or null. */
        final Diagnostic failure;
        /** The code of the error that lost this input other than a parse's own (unreadable, defect), or null. */
        final String errorCode;
        /** What that error says. */
        final String errorMessage;

        private Parsed(Input input, P record, List<Diagnostic> diagnostics, List<Evidence> evidence, Diagnostic failure,
                String errorCode, String errorMessage) {
            this.input = input;
            this.record = record;
            this.diagnostics = diagnostics;
            this.evidence = evidence;
            this.failure = failure;
            this.errorCode = errorCode;
            this.errorMessage = errorMessage;
        }

        static <P> Parsed<P> of(PressReleaseParser parser, Input input, InputStream stdin, ReleaseSink<P> sink) {
            try {
                // Standard input is read through the parser, which stops at its size limit however much is piped in.
                ParseResult result = input.isStdin() ? parser.parse(stdin)
                        : input.id != null ? parser.parse(input.id, input.file) : parser.parse(input.file);
                return new Parsed<>(input, sink.prepare(result.release()), result.diagnostics(), result.evidence(), null,
                        null, null);
            } catch (ParseException e) {
                return new Parsed<>(input, null, List.of(), List.of(), e.diagnostic(), null, null);
            } catch (IOException e) {
                return lost(input, "input.unreadable", Messages.describe(e));
            } catch (RuntimeException | StackOverflowError e) {
                // A defect met on one document must not lose the rest of the batch: it is named with it.
                return lost(input, "defect", e.toString());
            } catch (OutOfMemoryError e) {
                // What the parse allocated is unreachable once it has failed: the next document has the heap again.
                return lost(input, "parse.out-of-memory", "the heap is too small to parse it (" + e.getMessage() + ")");
            }
        }

        private static <P> Parsed<P> lost(Input input, String code, String message) {
            return new Parsed<>(input, null, List.of(), List.of(), null, code, message);
        }

        /** Says what there is to say about this input; false when it failed. */
        boolean report(Messages messages) {
            for (Diagnostic d : diagnostics) {
                messages.diagnostic(input.name(), d);
            }
            for (Evidence e : evidence) {
                String where = e.line() > 0 ? input.name() + ":" + e.line() + ":" + e.column() : input.name();
                String words = e.quote().map(q -> " \"" + q + "\"").orElse("");
                messages.info(where, "evidence", e.path() + " " + e.value() + " ← " + e.rule() + words);
            }
            if (failure != null) {
                messages.failure(input.name(), failure);
            }
            if (errorCode != null) {
                messages.error(input.name(), errorCode, errorMessage);
            }
            return record != null;
        }
    }

    /** The {@code score} subcommand: the corpus figures of parsed output against gold files. */
    @Command(name = "score", mixinStandardHelpOptions = true, versionProvider = ReadoutCommand.Version.class,
            description = "Scores parsed releases (a folder of NAME.json files or a JSON Lines file) against the"
                    + " NAME.gold.json files under GOLD_DIR, prints every figure and 'core N.NNN' last.")
    static final class Score implements Callable<Integer> {

        private static final Pattern PLACED = Pattern.compile("(?s)(\\S+:\\d+:\\d+): (.+)");

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
            Messages messages = new Messages(spec.commandLine().getErr());
            for (Path path : List.of(gold, output)) {
                if (!Files.exists(path)) {
                    messages.error(path.toString(), "input.missing", "no such file or folder");
                    return SOME_FAILED;
                }
            }
            Scorecard card;
            try {
                card = Evaluation.score(gold, output);
            } catch (IOException | RuntimeException e) {
                // The message may start with the place in a file: that is where the message is.
                Matcher placed = PLACED.matcher(String.valueOf(e.getMessage()));
                if (placed.matches()) {
                    messages.error(placed.group(1), "score.unreadable", placed.group(2));
                } else {
                    messages.error(Messages.TOOL, "score.unreadable", String.valueOf(e.getMessage()));
                }
                return SOME_FAILED;
            }
            if (misses) {
                card.misses().forEach(miss -> out.println("miss " + miss));
            }
            out.print(card.report());
            // A PrintWriter keeps write errors to itself until asked.
            if (out.checkError()) {
                messages.error("standard output", "output.failed", "the figures could not be written");
                return OUTPUT_FAILED;
            }
            return OK;
        }
    }

    /** Reads an ISO date, and says in words what is wrong with one that is not. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD, such as 2024-06-04");
            }
        }
    }

    /** Reads a language's ISO 639-1 code, naming the codes the parser knows when it is none of them. */
    static final class LanguageCode implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a language the parser reads; use one of " + java.util.Arrays.stream(Language.values())
                            .map(Language::code).collect(java.util.stream.Collectors.joining(", "))));
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
