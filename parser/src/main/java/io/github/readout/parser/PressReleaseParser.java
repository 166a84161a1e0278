package io.github.readout.parser;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Diagnostic;
import io.github.readout.core.MeetingKind;
import io.github.readout.core.PressRelease;
import io.github.readout.core.Severity;
import io.github.readout.core.Span;
import io.github.readout.parser.internal.Explained;
import io.github.readout.parser.internal.InputDecoder;
import io.github.readout.parser.internal.LexiconExtension;
import io.github.readout.parser.internal.LexiconFolder;
import io.github.readout.parser.internal.Pipeline;
import io.github.readout.parser.internal.Problems;
import io.github.readout.parser.internal.TextFiles;
import io.github.readout.parser.internal.TextPosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the raw text of a press release, with its header lines, into a {@link PressRelease}:
 * headers, body, paragraphs and sentences, and the meetings, people and events it reports.
 *
 * <p>A parser is immutable and thread-safe: build it once and reuse it, from any number of
 * threads. Its lexicons are loaded when it is built, never per document.
 *
 * <pre>{@code
 * PressReleaseParser parser = PressReleaseParser.create();
 * PressRelease release = parser.parse(Path.of("seeds/000_342ced776030c155.txt")).release();
 * release.mainMeeting().ifPresent(m -> System.out.println(m.kind() + " " + m.countries()));
 *
 * PressReleaseParser strict = PressReleaseParser.builder()
 *         .strict(true)
 *         .referenceDate(LocalDate.of(2024, 6, 4))
 *         .build();
 * }</pre>
 *
 * <p>In lenient mode (the default) a problem in the text becomes a {@link Diagnostic} of the
 * result; in strict mode the first one throws a {@link ParseException}. Input that is not text
 * at all (over {@link Builder#maxInputLength(int) the size limit}, invalid UTF-8, binary
 * content) throws a {@link ParseException} in both modes.
 *
 * <p>Limits bound the work one parse of untrusted input may take, each with a clear error:
 * <ul>
 *   <li>{@link Builder#maxInputLength(int)}: the largest input; over it a
 *       {@link ParseException} with the code {@code input.too-large} in both modes;</li>
 *   <li>{@link Builder#maxHeaderLines(int)}: the longest header block; a longer one is read as
 *       body text, with the warning {@code header.too-many-lines};</li>
 *   <li>{@link Builder#maxParagraphs(int)}: the most paragraphs read; the rest is not read,
 *       with the error {@code body.too-many-paragraphs}.</li>
 * </ul>
 * Fixed bounds keep what a parse holds proportional to its input, about 30 bytes of heap per
 * character at most: a sentence is read for at most 200,000 words and marks (warning
 * {@code sentence.too-long}), a release for at most 200,000 sentences (error
 * {@code body.too-many-sentences}) and for at most a word or mark per four characters of the
 * size limit (error {@code body.too-many-words}); real releases come nowhere near them.
 * Within them a parse is built to take time about linear in the size of its input, and no
 * input makes it throw anything but a {@link ParseException}.
 *
 * <p>The codes of its diagnostics are stable:
 * <table>
 *   <caption>Diagnostic codes</caption>
 *   <tr><th>Code</th><th>Severity</th><th>Meaning</th></tr>
 *   <tr><td>{@code input.too-large}</td><td>error, thrown</td><td>the input is over
 *       {@link Builder#maxInputLength(int) maxInputLength}</td></tr>
 *   <tr><td>{@code input.encoding}</td><td>error, thrown</td><td>the bytes are not UTF-8; the
 *       message names the byte offset</td></tr>
 *   <tr><td>{@code input.binary}</td><td>error, thrown</td><td>the input holds control
 *       characters such as NUL: it is no text</td></tr>
 *   <tr><td>{@code header.date.invalid}</td><td>warning</td><td>a date header that is no date;
 *       the release gets no publication date</td></tr>
 *   <tr><td>{@code header.too-many-lines}</td><td>warning</td><td>a header block over
 *       {@link Builder#maxHeaderLines(int) maxHeaderLines}, read as body text</td></tr>
 *   <tr><td>{@code body.empty}</td><td>warning</td><td>the release has no body text</td></tr>
 *   <tr><td>{@code body.too-many-paragraphs}</td><td>error</td><td>the body has more than
 *       {@link Builder#maxParagraphs(int) maxParagraphs} blocks; the rest is not read</td></tr>
 *   <tr><td>{@code parse.out-of-memory}</td><td>error, in a batch's outcome</td><td>the heap was
 *       too small to parse the file; the rest of the batch goes on</td></tr>
 * </table>
 * In strict mode every one of them but an {@code info} throws a {@link ParseException}.
 */
public final class PressReleaseParser {

    /** The default largest input: 8 MiB. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 8 * 1024 * 1024;

    /** The default most lines of a header block. */
    public static final int DEFAULT_MAX_HEADER_LINES = 64;

    /** The default most paragraphs read from a body. */
    public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

    private final Optional<LocalDate> referenceDate;
    private final boolean strict;
    private final boolean explain;
    private final int maxInputLength;
    private final int parallelism;
    private final Pipeline pipeline;

    private PressReleaseParser(Builder builder) {
        this.referenceDate = Optional.ofNullable(builder.referenceDate);
        this.strict = builder.strict;
        this.explain = builder.explain;
        this.maxInputLength = builder.maxInputLength;
        this.parallelism = builder.parallelism;
        // No lambda on the way to the lexicons: a parser's creation links none (see Pipeline#pack).
        this.pipeline = new Pipeline(builder.extension, referenceDate, builder.maxHeaderLines, builder.maxParagraphs,
                builder.maxInputLength, builder.language == null ? Optional.empty() : Optional.of(builder.language.code()));
    }

    /**
     * Returns a parser with the default options: lenient, no reference date, 8 MiB at most.
     *
     * @return a new parser
     */
    public static PressReleaseParser create() {
        return builder().build();
    }

    /**
     * Returns a builder for a parser with other options or extra lexicon entries.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a text; its id is a short hash of the text.
     *
     * @param text the raw text, header lines first
     * @return the result
     * @throws ParseException if the text is too long or binary, or in strict mode on the first problem
     * @throws NullPointerException if {@code text} is null
     */
    public ParseResult parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(contentHash(text), text);
    }

    /**
     * Parses a text under a given id.
     *
     * @param id the id of the release, such as a file name without extension
     * @param text the raw text, header lines first
     * @return the result
     * @throws ParseException if the text is too long or binary, or in strict mode on the first problem
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public ParseResult parse(String id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        if (text.length() > maxInputLength) {
            throw new ParseException(id, diagnostic("input.too-large", "input of " + text.length()
                    + " characters is over the limit of " + maxInputLength, 1, 1, 0), null);
        }
        String normalized;
        try {
            normalized = InputDecoder.normalize(text);
        } catch (InputDecoder.NotText e) {
            throw notText(id, e);
        }
        Problems problems = new Problems(normalized, text, strict);
        try {
            Pipeline.Run run = pipeline.run(id, normalized, problems, explain);
            return new ParseResult(run.release(), problems.diagnostics(), evidence(run, normalized));
        } catch (Problems.Stop stop) {
            throw new ParseException(id, stop.diagnostic(), null);
        }
    }

    private static List<Evidence> evidence(Pipeline.Run run, String input) {
        if (run.evidence().isEmpty()) {
            return List.of();
        }
        TextPosition position = new TextPosition(input);
        String text = run.release().text();
        List<Evidence> evidence = new ArrayList<>(run.evidence().size());
        for (Explained explained : run.evidence()) {
            Optional<Span> span = explained.span();
            int offset = span.map(s -> run.bodyStart() + s.start()).orElse(-1);
            evidence.add(new Evidence(explained.path(), explained.value(), explained.rule(), span,
                    span.map(s -> s.cut(text)), offset < 0 ? 0 : position.line(offset),
                    offset < 0 ? 0 : position.column(offset)));
        }
        return evidence;
    }

    /**
     * Parses a file in UTF-8, with or without a byte-order mark. Its id is the file name
     * without extension.
     *
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     * @throws ParseException if the file is too large, not UTF-8 (the message names the byte
     *     offset) or binary, or in strict mode on the first problem
     * @throws NullPointerException if {@code file} is null
     */
    public ParseResult parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String id = idOf(file);
        // " .txt" has no name to take an id from: its id is a hash of its text, as for a string
        return parseFile(id.isBlank() ? null : id, file);
    }

    /**
     * Parses a file in UTF-8, with or without a byte-order mark, under a given id, such as its
     * path relative to a folder of releases.
     *
     * <pre>{@code
     * Path folder = Path.of("releases");
     * Path file = folder.resolve("2024/kz-us.txt");
     * PressRelease release = parser.parse("2024/kz-us", file).release();
     * }</pre>
     *
     * @param id the id of the release
     * @param file the file
     * @return the result
     * @throws IOException if the file cannot be read
     * @throws ParseException if the file is too large, not UTF-8 (the message names the byte
     *     offset) or binary, or in strict mode on the first problem
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public ParseResult parse(String id, Path file) throws IOException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id: must not be blank");
        }
        return parseFile(id, file);
    }

    private ParseResult parseFile(String id, Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxInputLength) {
            throw new ParseException(id != null ? id : file.toString(), diagnostic("input.too-large", "file of " + size
                    + " bytes is over the limit of " + maxInputLength, 1, 1, 0), null);
        }
        // A pipe or a device reports size 0 and may never end: the read itself stops at the limit.
        try (InputStream in = Files.newInputStream(file)) {
            return parse(id, in);
        }
    }

    /**
     * Parses UTF-8 text (with or without a byte-order mark) from a stream, such as standard input;
     * its id is a short hash of the text. The stream is read to its end, or only until the size
     * limit is passed, and not closed.
     *
     * <pre>{@code
     * PressRelease release = parser.parse(System.in).release();
     * }</pre>
     *
     * @param in the source of the raw bytes
     * @return the result
     * @throws IOException if the stream fails
     * @throws ParseException if the input is over the size limit (read no further than the limit),
     *     not UTF-8 (the message names the byte offset) or binary, or in strict mode on the first problem
     * @throws NullPointerException if {@code in} is null
     */
    public ParseResult parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(null, in);
    }

    /** Reads at most one byte past the limit, so that no source can make the parser read more. */
    private ParseResult parse(String givenId, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min((long) maxInputLength + 1, Integer.MAX_VALUE - 8));
        String id = givenId != null ? givenId : "<stream>";
        if (bytes.length > maxInputLength) {
            throw new ParseException(id, diagnostic("input.too-large", "input is over the limit of "
                    + maxInputLength + " bytes", 1, 1, 0), null);
        }
        String text;
        try {
            text = InputDecoder.decodeUtf8(bytes);
        } catch (InputDecoder.NotText e) {
            throw notText(id, e);
        }
        return givenId != null ? parse(givenId, text) : parse(text);
    }

    /**
     * Parses text from a reader; its id is a short hash of the text. The reader is read to its
     * end and not closed.
     *
     * @param reader the source of the raw text
     * @return the result
     * @throws IOException if the reader fails
     * @throws ParseException if the text is too long or binary, or in strict mode on the first problem
     * @throws NullPointerException if {@code reader} is null
     */
    public ParseResult parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, read);
            if (text.length() > maxInputLength) {
                throw new ParseException("<reader>", diagnostic("input.too-large",
                        "input is over the limit of " + maxInputLength + " characters", 1, 1, 0), null);
            }
        }
        return parse(text.toString());
    }

    /**
     * Parses many files on all the parser's threads. A file that fails does not stop the
     * others: its outcome holds the error, whatever the parallelism, also when its parse ran
     * out of memory (a {@link ParseException} with the code {@code parse.out-of-memory}). Other
     * {@link Error}s are thrown, on one thread as on several. Each release's id is its file name
     * without extension, as for {@link #parse(Path)}.
     *
     * @param files the files to parse
     * @return one outcome per file, in the order of {@code files}
     * @throws NullPointerException if {@code files} or one of its elements is null
     */
    public List<FileResult> parseAll(Collection<Path> files) {
        Objects.requireNonNull(files, "files");
        List<Path> list = List.copyOf(files);
        return parseAll(list, PressReleaseParser::idOf);
    }

    private List<FileResult> parseAll(List<Path> list, Function<Path, String> ids) {
        if (list.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(parallelism, list.size());
        if (threads <= 1) {
            List<FileResult> results = new ArrayList<>(list.size());
            for (Path file : list) {
                results.add(parseOne(file, ids));
            }
            return results;
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "readout-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(list.size());
            for (Path file : list) {
                futures.add(executor.submit(() -> parseOne(file, ids)));
            }
            List<FileResult> results = new ArrayList<>(list.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), list.get(i)));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Parses every {@code .txt} file under a folder, recursively, in the order of their paths.
     * Each release's id is the file's path relative to the folder, with {@code /} between
     * folder names and without the extension: {@code a/x.txt} and {@code b/x.txt} get the ids
     * {@code a/x} and {@code b/x}.
     *
     * <p>A file or a folder below {@code directory} that cannot be read does not stop the
     * walk: it gets an outcome of its own, holding the {@link IOException} that names it (such
     * as an {@link java.nio.file.AccessDeniedException}), and everything else is parsed.
     *
     * <pre>{@code
     * for (FileResult outcome : parser.parseDirectory(Path.of("releases"))) {
     *     outcome.result().ifPresentOrElse(
     *             ok -> System.out.println(ok.release().id()),
     *             () -> System.err.println(outcome.file() + ": " + outcome.error().orElseThrow().getMessage()));
     * }
     * }</pre>
     *
     * @param directory the folder to walk
     * @return one outcome per file, and one per file or folder that could not be read, sorted by path
     * @throws IOException if {@code directory} itself is not a folder that can be read, such as a
     *     {@link java.nio.file.NoSuchFileException} or a {@link java.nio.file.NotDirectoryException}
     * @throws NullPointerException if {@code directory} is null
     */
    public List<FileResult> parseDirectory(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            if (Files.exists(directory)) {
                throw new NotDirectoryException(directory.toString());
            }
            throw new NoSuchFileException(directory.toString());
        }
        TextFiles found = TextFiles.under(directory);
        List<FileResult> outcomes = new ArrayList<>(parseAll(found.files(), file -> relativeId(directory, file)));
        for (Map.Entry<Path, IOException> unreadable : found.unreadable().entrySet()) {
            outcomes.add(FileResult.failure(unreadable.getKey(), unreadable.getValue()));
        }
        outcomes.sort(Comparator.comparing(FileResult::file));
        return outcomes;
    }

    /** Parses one file of a batch; the same on every thread, so that every parallelism gives the same outcomes. */
    private FileResult parseOne(Path file, Function<Path, String> ids) {
        try {
            // The id too is taken inside: whatever fails for this file is this file's outcome.
            String id = ids.apply(file);
            return FileResult.success(file, parseFile(id.isBlank() ? null : id, file));
        } catch (IOException | ParseException e) {
            return FileResult.failure(file, e);
        } catch (RuntimeException e) {
            // A defect of the parser must not lose the rest of the batch; the file carries it.
            return FileResult.failure(file, e);
        } catch (OutOfMemoryError e) {
            // What the parse allocated is unreachable once it has failed: the next file has the heap again.
            return FileResult.failure(file, new ParseException(idOf(file), diagnostic("parse.out-of-memory",
                    "the heap is too small to parse this file (" + e.getMessage() + ")", 1, 1, 0), e));
        } catch (StackOverflowError e) {
            // A defect of the parser's rules, met on this file alone: the stack is whole again once it has unwound.
            return FileResult.failure(file, new IllegalStateException("the parse of this file overflowed the stack", e));
        }
    }

    private static FileResult await(Future<FileResult> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.failure(file, e);
        } catch (ExecutionException e) {
            // parseOne returns every outcome it can; what escapes it (an Error) escapes here too,
            // as it does from a batch on one thread.
            Throwable cause = e.getCause();
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            return FileResult.failure(file, cause instanceof Exception ? (Exception) cause : e);
        }
    }

    /** The path of {@code file} below {@code directory}, names joined by '/', without extension. */
    private static String relativeId(Path directory, Path file) {
        Path relative = directory.relativize(file);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            id.append(relative.getName(i)).append('/');
        }
        return id.append(idOf(file)).toString();
    }

    private static String idOf(Path file) {
        Path name = file.getFileName();
        String base = name == null ? file.toString() : name.toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /**
     * The bytes a text is hashed through at a time: four blocks of SHA-256, as a buffer four times
     * this was a tenth of what a parse of a short release allocated.
     */
    private static final int HASH_BUFFER = 256;

    /**
     * A thread's digest, encoder and buffer for {@link #contentHash}, kept from one parse to the next: each
     * parse looked the digest up among the providers and made all three again.
     */
    private static final class Hashing {
        final MessageDigest sha256;
        // Unpaired surrogates become '?', as String.getBytes makes them.
        final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        final ByteBuffer bytes = ByteBuffer.allocate(HASH_BUFFER);

        Hashing() throws NoSuchAlgorithmException {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
    }

    private static final ThreadLocal<Hashing> HASHING = new ThreadLocal<>();

    private static String contentHash(String text) {
        try {
            Hashing hashing = HASHING.get();
            if (hashing == null) {
                hashing = new Hashing();
                HASHING.set(hashing);
            }
            MessageDigest sha256 = hashing.sha256;
            sha256.reset();
            // The text's UTF-8 bytes through a small buffer: a copy of the whole text was a tenth
            // of what a parse allocated.
            CharsetEncoder utf8 = hashing.utf8.reset();
            CharBuffer chars = CharBuffer.wrap(text);
            ByteBuffer bytes = hashing.bytes.clear();
            CoderResult result;
            do {
                result = utf8.encode(chars, bytes, true);
                bytes.flip();
                sha256.update(bytes);
                bytes.clear();
            } while (result.isOverflow());
            utf8.flush(bytes); // nothing is held back at the end of a UTF-8 encoding, but the contract asks for it
            bytes.flip();
            sha256.update(bytes);
            return HexFormat.of().formatHex(sha256.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static Diagnostic diagnostic(String code, String message, int line, int column, int offset) {
        return Diagnostic.builder().severity(Severity.ERROR).code(code).message(message)
                .line(line).column(column).offset(offset).build();
    }

    private static ParseException notText(String id, InputDecoder.NotText e) {
        return new ParseException(id, diagnostic(e.code(), e.getMessage(), e.line(), e.column(), e.offset()), e);
    }

    /**
     * Options for a {@link PressReleaseParser}. Every option has a default; a builder can be
     * reused to build several parsers.
     */
    public static final class Builder {

        private LocalDate referenceDate;
        private boolean strict;
        private boolean explain;
        private Language language;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private int maxHeaderLines = DEFAULT_MAX_HEADER_LINES;
        private int maxParagraphs = DEFAULT_MAX_PARAGRAPHS;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private final LexiconExtension extension = new LexiconExtension();

        private Builder() {}

        /**
         * Sets the date that relative dates ("yesterday", "next year") are resolved against in
         * releases without a valid date header and without a complete date of their own near the
         * top (a page date line or a byline's date, which is preferred as the page's own
         * evidence). By default there is none, and such dates keep their text without a value
         * rather than being guessed from the clock.
         *
         * @param date the reference date
         * @return this builder
         * @throws IllegalArgumentException if its year is not between 0000 and 9999, the years a
         *     date of the model may have
         */
        public Builder referenceDate(LocalDate date) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < 0 || date.getYear() > 9999) {
                throw new IllegalArgumentException("referenceDate: year must be between 0000 and 9999, got "
                        + date.getYear());
            }
            this.referenceDate = date;
            return this;
        }

        /**
         * Chooses strict mode, where the first problem throws a {@link ParseException}, or
         * lenient mode (the default), where problems become diagnostics.
         *
         * @param strict true for strict mode
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Reads every release in one language rather than telling each release's language from
         * its text (the default: a body written mostly in Cyrillic letters is read as Russian,
         * any other as English). Forcing a language also loads only that language's pack.
         *
         * <pre>{@code
         * PressReleaseParser parser = PressReleaseParser.builder().language(Language.RUSSIAN).build();
         * }</pre>
         *
         * @param language the language of every release
         * @return this builder
         */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Chooses whether each parse says why its meeting values are what they are: the rule
         * and the words behind each kind, date, place and country, in
         * {@link ParseResult#evidence()}. Off by default: explaining costs time and memory.
         *
         * @param explain true to explain
         * @return this builder
         */
        public Builder explain(boolean explain) {
            this.explain = explain;
            return this;
        }

        /**
         * Sets the largest input accepted, in characters (or bytes, for files). Longer input
         * throws a {@link ParseException} that names the limit and the size. The default,
         * {@value PressReleaseParser#DEFAULT_MAX_INPUT_LENGTH}, is far above any real release and
         * bounds the memory one parse may take.
         *
         * @param length the limit, at least 1
         * @return this builder
         */
        public Builder maxInputLength(int length) {
            if (length < 1) {
                throw new IllegalArgumentException("maxInputLength: must be at least 1, got " + length);
            }
            this.maxInputLength = length;
            return this;
        }

        /**
         * Sets the most lines a header block ({@code key: value} lines up to a blank line) may
         * have. A longer block is not read as headers at all: the release gets no headers, no
         * title and no publication date from it, and its lines are read as body text. In lenient
         * mode this is reported as a warning with the code {@code header.too-many-lines}, placed
         * at the first line past the limit; in strict mode that warning throws a
         * {@link ParseException}. The one-line form ({@code date 2024-06-04 …}) is not affected.
         * The default is {@value PressReleaseParser#DEFAULT_MAX_HEADER_LINES}.
         *
         * @param lines the limit, at least 1
         * @return this builder
         */
        public Builder maxHeaderLines(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("maxHeaderLines: must be at least 1, got " + lines);
            }
            this.maxHeaderLines = lines;
            return this;
        }

        /**
         * Sets the most paragraphs read from a body, counting every block of text between
         * blank lines (page furniture such as credits and banners included). This bounds the
         * work and memory one parse takes on input made of a great many short lines.
         *
         * <p>When a body has more, in lenient mode the parser stops at the limit: the blocks
         * after it are not read for paragraphs, people or meetings (the release's
         * {@link PressRelease#text() text} still holds them), and an error diagnostic with the
         * code {@code body.too-many-paragraphs} is placed at the first block not read. In strict
         * mode that diagnostic throws a {@link ParseException}. The default,
         * {@value PressReleaseParser#DEFAULT_MAX_PARAGRAPHS}, is far above any real release.
         *
         * @param paragraphs the limit, at least 1
         * @return this builder
         */
        public Builder maxParagraphs(int paragraphs) {
            if (paragraphs < 1) {
                throw new IllegalArgumentException("maxParagraphs: must be at least 1, got " + paragraphs);
            }
            this.maxParagraphs = paragraphs;
            return this;
        }

        /**
         * Sets how many threads {@link PressReleaseParser#parseAll(Collection)} uses. The
         * default is the number of available processors.
         *
         * @param threads the number of threads, at least 1
         * @return this builder
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism: must be at least 1, got " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Adds an official title to the title lexicon, such as {@code "Special Representative"}.
         * Names that follow it are read as people holding it.
         *
         * @param title the title as written
         * @return this builder
         */
        public Builder addTitle(String title) {
            extension.addTitle(requireText(title, "title"));
            return this;
        }

        /**
         * Adds a word or phrase that reports a meeting, and the kind it reports, such as
         * {@code addMeetingWord("working session", MeetingKind.MEETING)}. It is read wherever a
         * meeting is reported: in the sentence a release leads with and in its further meetings.
         * A phrase the parser already knows takes the kind given here.
         *
         * @param phrase the word or phrase as written
         * @param kind the kind of meeting it reports
         * @return this builder
         */
        public Builder addMeetingWord(String phrase, MeetingKind kind) {
            extension.addTrigger(requireText(phrase, "phrase"), Objects.requireNonNull(kind, "kind"));
            return this;
        }

        /**
         * Adds the entries of a folder of lexicon files, written in the formats of the built-in
         * ones: {@code triggers.tsv} (a meeting kind, a tab, a phrase: {@code
         * MEETING<TAB>working session}), {@code titles.txt} ({@code head<TAB>High Steward}),
         * {@code organizations.tsv} (a country code or {@code -}, a tab, a name),
         * {@code countries.tsv} (a country code, a form, a place: {@code GE<TAB>city<TAB>Batumi})
         * and {@code officials.tsv} (a country code, a tab, a full name). A folder need not hold
         * them all; lines starting with {@code #} are comments. The entries take effect wherever
         * the built-in ones do, as if added one by one through this builder.
         *
         * <pre>{@code
         * PressReleaseParser parser = PressReleaseParser.builder()
         *         .addLexicons(Path.of("my-lexicon"))
         *         .build();
         * }</pre>
         *
         * @param folder the folder
         * @return this builder
         * @throws UncheckedIOException if the folder or a file in it cannot be read
         * @throws IllegalArgumentException naming the file and line, for a file of another name
         *     or a line that does not fit its file's format
         */
        public Builder addLexicons(Path folder) {
            Objects.requireNonNull(folder, "folder");
            try {
                LexiconFolder.read(folder, extension);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the lexicon folder " + folder + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Adds an organisation of no particular country, such as {@code "World Bank"}.
         *
         * @param name the name as written
         * @return this builder
         */
        public Builder addOrganization(String name) {
            extension.addOrganization(requireText(name, "name"), Optional.empty());
            return this;
        }

        /**
         * Adds an organisation of a country, such as {@code "Akorda"} for {@code KZ}: people of
         * that organisation are given its country.
         *
         * @param name the name as written
         * @param country the organisation's country
         * @return this builder
         */
        public Builder addOrganization(String name, CountryCode country) {
            extension.addOrganization(requireText(name, "name"), Optional.of(Objects.requireNonNull(country, "country")));
            return this;
        }

        /**
         * Adds a place and its country, such as {@code "Burabay"} in {@code KZ}.
         *
         * @param name the name as written
         * @param country the country the place lies in
         * @return this builder
         */
        public Builder addPlace(String name, CountryCode country) {
            extension.addPlace(requireText(name, "name"), Objects.requireNonNull(country, "country"));
            return this;
        }

        /**
         * Adds an office holder and the country they serve, such as {@code "Murat Nurtleu"} for
         * {@code KZ}: a person of that full name whom a release names without any country word
         * is given the country. What the release itself says always wins. The parser knows
         * many heads of state and government and foreign ministers already; an addition of the
         * same name replaces the built-in country.
         *
         * @param name the person's full name, of two words or more
         * @param country the country the person serves
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or of one word
         */
        public Builder addOfficial(String name, CountryCode country) {
            String checked = requireText(name, "name");
            if (checked.strip().split("\\s+").length < 2) {
                throw new IllegalArgumentException("name: an official's name needs two words or more, got '"
                        + checked + "'");
            }
            extension.addOfficial(checked, Objects.requireNonNull(country, "country"));
            return this;
        }

        /**
         * Builds a parser with these options.
         *
         * @return the parser
         */
        public PressReleaseParser build() {
            return new PressReleaseParser(this);
        }

        private static String requireText(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + ": must not be blank");
            }
            return value.strip();
        }
    }
}
