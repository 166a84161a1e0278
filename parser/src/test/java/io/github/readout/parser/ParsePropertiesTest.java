package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.ImmutableDiagnostic;
import io.github.readout.parser.internal.InputDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of parse over any input: lenient mode gives a sane release (spans inside the
 * text, ordered paragraphs and sentences, an equal JSON round trip) and throws a
 * {@link ParseException} only for binary input; strict mode gives a sane release or a
 * {@link ParseException} with a placed diagnostic. Never another exception, never a hang.
 *
 * <p>The number of tries comes from {@code jqwik.tries.default} (see
 * {@code junit-platform.properties}); raise it to search longer.
 */
class ParsePropertiesTest {

    private static final Duration LIMIT = CpuTimeLimit.PARSE;
    private static final PressReleaseParser LENIENT = PressReleaseParser.create();
    private static final PressReleaseParser STRICT = PressReleaseParser.builder().strict(true).build();

    /** Words, marks and oddities that steer the parser into its every stage. */
    private static final List<String> FRAGMENTS = List.of(
            "Minister", "Deputy", "Foreign", "Prime", "President", "Ambassador", "Akan", "Rakhmetullin", "Donald",
            "Lu", "Tokayev", "Kassym-Jomart", "O'Sullivan", "Ursula", "von", "der", "Leyen", "met", "with", "held",
            "talks", "the", "of", "and", "in", "to", "Kazakhstan", "Kazakh", "Japan", "United States", "U.S.",
            "Astana", "Almaty", "on", "4 June 2024", "June 4, 2024", "2024", "2025", "yesterday", "next year",
            "last week", "the same day", "Summit", "Dialogue", "Enhanced Strategic Partnership Dialogue", "(ESPD)",
            "sixth meeting", "consultations", "visit", "counterpart", "agreed", "discussed", "H.E.", "Mr.", "Dr.",
            "A.", "S.", "a.i.", "Chargé d'Affaires", "MFA", "Akorda", ".", ",", ";", ":", "(", ")", "–", "-",
            "'s", "\"", "“", "”", "«", "»", "…", "!", "?", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\u00A0",
            "date 2024-06-04 ", "date: 2024-13-45\n", "title: ", "source: ", "\n\ndate: 2024-06-04\n\n",
            "Images | Kazakh MFA", "Photo: ", "ASTANA, June 4 –", "according to the press service of",
            "Begin Text:", "Share", "Tags:", "\uD800", "\uDC00", "\uD83D\uDE00", "أستانا", "שלום", "\u202E",
            "\u0301", "\uFEFF", "12th", "31", "99999", "0", "III", "Mayor of Almaty");

    /** Words, endings and marks of Russian releases, for inputs read by the Russian pack. */
    private static final List<String> RUSSIAN_FRAGMENTS = List.of(
            "Министр", "министром", "иностранных", "дел", "Казахстана", "Мурат", "Нуртлеу", "Хаканом", "Фиданом",
            "с", "со", "и", "в", "Москве", "Москв", "провел", "переговоры", "телефонный", "разговор", "встреча",
            "посла", "Посол", "главы", "МИД", "президентов", "России", "Франции", "Владимира", "Путина", "А.Ю.Руденко",
            "Ж.", "ас-Сабахом", "бин", "аль-", "—", "-", "2 февраля", "АСТАНА, 2 февраля.", "в прошлом году",
            "сегодня", "накануне", "в июле", "Лавров", "Си", "Цзиньпина", "Ли", "ом", "ым", "ая", "ой", "у", "я",
            "Государственным", "секретарем", "по делам", "Центральной", "Азии", "коллегой", "турецким", "шейхом",
            ",", ".", " ", "\n", "\n\n", "«", "»", "ЁЁ", "ё", "Ъ", "\u0301", "\uD83D\uDE00");

    @Property
    void anyUnicodeText(@ForAll("unicode") String input) {
        check(input);
    }

    @Property
    void anyTextWithoutControlCharacters(@ForAll("text") String input) {
        check(input);
    }

    @Property
    void anyMixOfFragments(@ForAll("fragments") String input) {
        check(input);
    }

    @Property
    void anyMixOfRussianFragments(@ForAll("russianFragments") String input) {
        check(input);
    }

    @Property
    void anyMutationOfACorpusDocument(@ForAll("mutatedCorpus") String input) {
        check(input);
    }

    /**
     * Characters whose case mapping changes the length of the text ("İ" lower-cases to two chars,
     * "ß" upper-cases to "SS"), anywhere in a corpus document: no offset may shift, so every name
     * and date still cuts its own span, and every topic lies in its span.
     */
    @Property
    void caseMappingThatChangesLengthAnywhereInACorpusDocument(@ForAll("caseMapped") String input) {
        CpuTimeLimit.assertWithin(LIMIT, () -> {
            ParseResult result = ReleaseChecks.parseChecked(LENIENT, input);
            assertThat(result).as("lenient parse of %s must not throw", ReleaseChecks.describe(input)).isNotNull();
            ReleaseChecks.assertValuesCutTheirSpans(result.release());
        });
    }

    /**
     * Line breaks turned into CRLF or CR and byte-order marks before the text change nothing but
     * the offsets of diagnostics, which point at the same characters of the input as given.
     */
    @Property
    void lineBreaksAndByteOrderMarksChangeOnlyOffsets(@ForAll("corpusWithProblems") String document,
            @ForAll("lineBreaks") String lineBreak, @ForAll @IntRange(max = 3) int marks) {
        String plain = InputDecoder.normalize(document);
        String given = "\uFEFF".repeat(marks) + plain.replace("\n", lineBreak);
        CpuTimeLimit.assertWithin(LIMIT, () -> {
            ParseResult expected = LENIENT.parse("d", plain);
            ParseResult result = LENIENT.parse("d", given);
            ReleaseChecks.assertSane(result, given);
            assertThat(result.release()).isEqualTo(expected.release());
            assertThat(result.diagnostics()).hasSameSizeAs(expected.diagnostics());
            for (int i = 0; i < result.diagnostics().size(); i++) {
                Diagnostic at = result.diagnostics().get(i);
                Diagnostic was = expected.diagnostics().get(i);
                assertThat(ImmutableDiagnostic.copyOf(at).withOffset(was.offset())).isEqualTo(was);
                char there = given.charAt(Math.min(at.offset(), given.length() - 1));
                char here = plain.charAt(Math.min(was.offset(), plain.length() - 1));
                assertThat(there).as("character at %s", at).isEqualTo(here == '\n' ? lineBreak.charAt(0) : here);
            }
        });
    }

    @Property
    void anyUtf8Bytes(@ForAll("bytes") byte[] bytes) throws IOException {
        Path file = Files.createTempFile("readout-property", ".txt");
        try {
            Files.write(file, bytes);
            CpuTimeLimit.assertWithin(LIMIT, () -> {
                try {
                    ReleaseChecks.assertSane(LENIENT.parse(file), new String(bytes, StandardCharsets.UTF_8));
                } catch (ParseException e) {
                    assertThat(e.diagnostic().code()).isIn("input.encoding", "input.binary");
                    assertThat(e.diagnostic().line()).isPositive();
                    assertThat(e.diagnostic().column()).isPositive();
                }
            });
        } finally {
            Files.delete(file);
        }
    }

    /** {@link #checkOutcome} within the time limit. */
    static void check(String input) {
        CpuTimeLimit.assertWithin(LIMIT, () -> checkOutcome(input));
    }

    /** Lenient: sane, or ParseException for binary input only. Strict: sane, or a placed ParseException. */
    static void checkOutcome(String input) {
        ParseResult lenient = ReleaseChecks.parseChecked(LENIENT, input);
        if (isBinary(input)) {
            assertThat(lenient).as("binary input %s must throw", ReleaseChecks.describe(input)).isNull();
        } else {
            assertThat(lenient).as("lenient parse of %s must not throw", ReleaseChecks.describe(input)).isNotNull();
        }
        ReleaseChecks.parseChecked(STRICT, input);
    }

    /** Control characters other than tab, line breaks, form feed and vertical tab. */
    static boolean isBinary(String input) {
        return input.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0020', '\uFFFF').withChars("\n\n\n\r\t\f\u000B .,")
                .ofMaxLength(600);
    }

    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> separator = Arbitraries.of(" ", "", "\n", " ");
        return Combinators.combine(Arbitraries.of(FRAGMENTS).list().ofMaxSize(150), separator)
                .as((words, sep) -> String.join(sep, words));
    }

    @Provide
    Arbitrary<String> russianFragments() {
        Arbitrary<String> separator = Arbitraries.of(" ", "", "\n", " ");
        return Combinators.combine(Arbitraries.of(RUSSIAN_FRAGMENTS).list().ofMaxSize(150), separator)
                .as((words, sep) -> String.join(sep, words));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> utf8 = fragments().map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, utf8);
    }

    /** A corpus document with one to twenty random insertions, deletions or replacements. */
    @Provide
    Arbitrary<String> mutatedCorpus() {
        Arbitrary<String> inserts = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().all().ofMaxLength(8), Arbitraries.of(FRAGMENTS).list().ofMaxSize(12)
                        .map(words -> String.join(" ", words)));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 200), inserts)
                .as(Mutation::new);
        return mutatedCorpus(mutation, 20);
    }

    /** A corpus document with one to {@code most} of the mutations applied in turn. */
    private static Arbitrary<String> mutatedCorpus(Arbitrary<Mutation> mutation, int most) {
        return Combinators.combine(Arbitraries.of(corpus()), mutation.list().ofMinSize(1).ofMaxSize(most))
                .as((document, mutations) -> {
                    String text = document;
                    for (Mutation m : mutations) {
                        text = m.apply(text);
                    }
                    return text;
                });
    }

    /** A corpus document, some with a header block whose date is invalid or a body over the limit. */
    @Provide
    Arbitrary<String> corpusWithProblems() {
        Arbitrary<String> header = Arbitraries.of("", "title: Talks\ndate: 2024-13-45\n\n", "date: yesterday\n\n",
                "\n\n\n" + "x: y\n".repeat(70) + "\n");
        return Combinators.combine(header, Arbitraries.of(corpus())).as(String::concat);
    }

    @Provide
    Arbitrary<String> lineBreaks() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    /** A corpus document with one to four of İ, ß, ŉ, ǰ, ΐ, ﬁ inserted anywhere. */
    @Provide
    Arbitrary<String> caseMapped() {
        Arbitrary<String> letter = Arbitraries.of("\u0130", "\u00DF", "\u0149", "\u01F0", "\u0390", "\uFB01");
        Arbitrary<Mutation> insertion = Combinators.combine(Arbitraries.doubles().between(0, 1), letter)
                .as((where, insert) -> new Mutation(0, where, 0, insert));
        return mutatedCorpus(insertion, 4);
    }

    private record Mutation(int kind, double where, int length, String insert) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + length);
            switch (kind) {
                case 0:
                    return text.substring(0, at) + insert + text.substring(at);
                case 1:
                    return text.substring(0, at) + text.substring(end);
                default:
                    return text.substring(0, at) + insert + text.substring(end);
            }
        }
    }

    private static volatile List<String> corpus;

    static List<String> corpus() {
        if (corpus == null) {
            try (Stream<Path> files = Files.list(DocumentGoldTest.corpusDir())) {
                corpus = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                        .map(ParsePropertiesTest::read).collect(Collectors.toUnmodifiableList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
