package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Diagnostic;
import io.github.readout.core.PressRelease;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PressReleaseParserTest {

    private static final String SAMPLE = " date 2024-06-04 Images | Kazakh MFA\n\n"
            + "First Deputy Foreign Minister Akan Rakhmetullin met Assistant Secretary Donald Lu,"
            + " press service of the Kazakh MFA reports.\n\n"
            + "The parties discussed cooperation in energy.\n";

    private static final byte[] BAD_UTF8 = {'d', 'a', 't', 'e', ' ', 'x', '\n', (byte) 0xC3, 0x28, 'o', 'k'};

    private final PressReleaseParser parser = PressReleaseParser.create();

    @TempDir
    Path dir;

    // ---- ids -------------------------------------------------------------------------------

    @Test
    void parseStringIdIsAStableSixteenHexDigitHash() {
        String id = parser.parse(SAMPLE).release().id();

        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(parser.parse(SAMPLE).release().id()).isEqualTo(id);
        assertThat(PressReleaseParser.create().parse(SAMPLE).release().id()).isEqualTo(id);
        assertThat(parser.parse(SAMPLE + " ").release().id()).isNotEqualTo(id).matches("[0-9a-f]{16}");
    }

    @Test
    void parseStringIdIsTheOpeningOfTheSha256OfTheUtf8Text() throws Exception {
        // long enough to cross any buffer, with two- to four-byte characters and a lone surrogate
        String text = SAMPLE + "Встреча в Астане — 会谈 \uD83D\uDE00 ".repeat(200) + "\uD800 end";
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

        assertThat(parser.parse(text).release().id()).isEqualTo(java.util.HexFormat.of().formatHex(digest, 0, 8));
    }

    @Test
    void parseWithIdUsesTheId() {
        ParseResult result = parser.parse("release-42", SAMPLE);

        assertThat(result.release().id()).isEqualTo("release-42");
        assertThat(result.release().published()).contains(LocalDate.of(2024, 6, 4));
        assertThat(result.release().headers()).containsExactly(entry("date", "2024-06-04"));
        assertThat(result.release().paragraphs()).hasSize(2);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.toString()).contains("release-42");
    }

    @Test
    void blankIdIsRejected() {
        assertThatThrownBy(() -> parser.parse(" ", SAMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void parsePathIdIsTheFileNameWithoutExtension() throws IOException {
        Path file = dir.resolve("kz-us.dialogue.txt");
        Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);

        PressRelease release = parser.parse(file).release();

        assertThat(release.id()).isEqualTo("kz-us.dialogue");
        assertThat(release.published()).contains(LocalDate.of(2024, 6, 4));
    }

    @Test
    void parsePathWithoutExtensionKeepsTheName() throws IOException {
        Path file = dir.resolve("release");
        Files.writeString(file, SAMPLE, StandardCharsets.UTF_8);

        assertThat(parser.parse(file).release().id()).isEqualTo("release");
    }

    @Test
    void parsePathReadsUtf8WithByteOrderMark() throws IOException {
        byte[] body = SAMPLE.replace("Donald Lu", "Péter Szijjártó").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = dir.resolve("bom.txt");
        Files.write(file, bytes);

        ParseResult result = parser.parse(file);

        assertThat(result.release().id()).isEqualTo("bom");
        assertThat(result.release().headers()).containsExactly(entry("date", "2024-06-04"));
        assertThat(result.release().published()).contains(LocalDate.of(2024, 6, 4));
        assertThat(result.release().text()).doesNotContain("\uFEFF").contains("Péter Szijjártó");
        assertThat(result.release().credits()).singleElement()
                .satisfies(c -> assertThat(c.holder()).isEqualTo("Kazakh MFA"));
    }

    @Test
    void parsePathWithInvalidUtf8ThrowsNamingTheByteOffset() throws IOException {
        Path file = dir.resolve("broken.txt");
        Files.write(file, BAD_UTF8);

        assertThatThrownBy(() -> parser.parse(file))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken");
                    Diagnostic d = e.diagnostic();
                    assertThat(d.code()).isEqualTo("input.encoding");
                    assertThat(d.message()).contains("byte offset 7").contains("0xC3");
                    assertThat(d.offset()).isEqualTo(7);
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("broken:").contains("byte offset 7");
                });
    }

    @Test
    void parseReaderReadsToTheEnd() throws IOException {
        StringBuilder longText = new StringBuilder(SAMPLE);
        for (int i = 0; i < 2000; i++) {
            longText.append("\nThe parties discussed item ").append(i).append('.');
        }
        String text = longText.toString();
        ParseResult fromReader = parser.parse(new StringReader(text));
        ParseResult fromString = parser.parse(text);

        assertThat(fromReader.release()).isEqualTo(fromString.release());
        assertThat(fromReader.release().id()).matches("[0-9a-f]{16}");
    }

    // ---- empty, large, binary ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\n \n\t", "\uFEFF", "\r\n\r\n"})
    void emptyOrBlankTextGivesAnEmptyReleaseAndADiagnostic(String text) {
        ParseResult result = parser.parse(text);

        assertThat(result.release().paragraphs()).isEmpty();
        assertThat(result.release().headers()).isEmpty();
        assertThat(result.release().published()).isEmpty();
        assertThat(result.release().meetings()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("body.empty");
    }

    @Test
    void headersWithoutBodyGiveBodyEmpty() {
        ParseResult result = parser.parse("title: T\ndate: 2024-06-04\n");

        assertThat(result.release().headers()).containsEntry("title", "T");
        assertThat(result.release().paragraphs()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("body.empty");
    }

    @Test
    void textOverTheLimitThrowsNamingLimitAndSize() {
        PressReleaseParser small = PressReleaseParser.builder().maxInputLength(20).build();
        String text = "The ministers met in Astana.";

        assertThatThrownBy(() -> small.parse(text))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
                    assertThat(e.getMessage()).contains("20").contains(String.valueOf(text.length()));
                });
        assertThat(small.parse("Short text.").release().paragraphs()).hasSize(1);
    }

    @Test
    void fileOverTheLimitThrowsNamingLimitAndSize() throws IOException {
        PressReleaseParser small = PressReleaseParser.builder().maxInputLength(20).build();
        Path file = dir.resolve("big.txt");
        Files.writeString(file, "The ministers met in Astana today.");

        assertThatThrownBy(() -> small.parse(file))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
                    assertThat(e.getMessage()).contains("20").contains("34");
                });
    }

    @Test
    void readerOverTheLimitThrowsNamingTheLimit() {
        PressReleaseParser small = PressReleaseParser.builder().maxInputLength(20).build();

        assertThatThrownBy(() -> small.parse(new StringReader("The ministers met in Astana today.")))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
                    assertThat(e.getMessage()).contains("20");
                });
    }

    @Test
    void nulCharacterThrowsBinary() {
        assertThatThrownBy(() -> parser.parse("id", "The ministers\n met\u0000 today."))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.source()).isEqualTo("id");
                    assertThat(e.diagnostic().code()).isEqualTo("input.binary");
                    assertThat(e.diagnostic().offset()).isEqualTo(18);
                    assertThat(e.diagnostic().line()).isEqualTo(2);
                    assertThat(e.diagnostic().column()).isEqualTo(5);
                });
    }

    @Test
    void nulCharacterThrowsBinaryInStrictModeToo() {
        PressReleaseParser strict = PressReleaseParser.builder().strict(true).build();
        assertThatThrownBy(() -> strict.parse("\u0000"))
                .isInstanceOfSatisfying(ParseException.class,
                        e -> assertThat(e.diagnostic().code()).isEqualTo("input.binary"));
    }

    // ---- null arguments --------------------------------------------------------------------

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertThatThrownBy(() -> parser.parse((String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> parser.parse(null, "text"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> parser.parse("id", (String) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> parser.parse("id", (Path) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> parser.parse(null, Path.of("a.txt")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> parser.parse((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> parser.parse((Reader) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("reader");
        assertThatThrownBy(() -> parser.parseAll(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("files");
        assertThatThrownBy(() -> parser.parseDirectory(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("directory");
        assertThatThrownBy(() -> PressReleaseParser.builder().referenceDate(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> PressReleaseParser.builder().addTitle(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> PressReleaseParser.builder().addOrganization(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PressReleaseParser.builder().addOrganization("Akorda", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> PressReleaseParser.builder().addPlace(null, CountryCode.of("KZ")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PressReleaseParser.builder().addOfficial("Nurtleu", CountryCode.of("KZ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two words");
    }

    @Test
    void anAddedOfficialGivesTheCountryTheReleaseDoesNotSay() {
        String text = "Deputy Minister Daulet Serikbayev had a telephone conversation with Minister Sylvain Guiaugue.\n";
        PressReleaseParser plain = PressReleaseParser.create();
        PressReleaseParser extended = PressReleaseParser.builder()
                .addOfficial("Daulet Serikbayev", CountryCode.of("KZ"))
                .build();

        assertThat(plain.parse("talks", text).release().people().get(0).country()).isEmpty();
        assertThat(extended.parse("talks", text).release().people().get(0).country()).contains(CountryCode.of("KZ"));
    }

    @Test
    void anOfficialNamedByInitialsAndSurnameHasTheListedCountry() {
        String text = "On Monday, K. Tokayev met with Minister Sylvain Guiaugue.\n";

        assertThat(PressReleaseParser.create().parse("talks", text).release().people())
                .filteredOn(p -> p.name().equals("K. Tokayev"))
                .singleElement().satisfies(p -> assertThat(p.country()).contains(CountryCode.of("KZ")));
    }

    // ---- strict and lenient ----------------------------------------------------------------

    @Test
    void strictModeThrowsOnAnInvalidDateHeaderWithLineAndColumn() {
        PressReleaseParser strict = PressReleaseParser.builder().strict(true).build();
        String text = "title: Talks\ndate: 2024-13-45\n\nThe ministers met.";

        assertThatThrownBy(() -> strict.parse("bad-date", text))
                .isInstanceOfSatisfying(ParseException.class, e -> {
                    assertThat(e.source()).isEqualTo("bad-date");
                    Diagnostic d = e.diagnostic();
                    assertThat(d.code()).isEqualTo("header.date.invalid");
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(7);
                    assertThat(d.message()).contains("2024-13-45");
                    assertThat(e.getMessage()).contains("bad-date:2:7: header.date.invalid");
                });
    }

    @Test
    void lenientModeReportsAnInvalidDateHeaderAsADiagnostic() {
        String text = "title: Talks\ndate: 2024-13-45\n\nThe ministers met.";
        ParseResult result = parser.parse("bad-date", text);

        assertThat(result.release().headers()).containsExactly(entry("title", "Talks"), entry("date", "2024-13-45"));
        assertThat(result.release().published()).isEmpty();
        assertThat(result.release().paragraphs()).hasSize(1);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("header.date.invalid");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(7);
            assertThat(d.offset()).isEqualTo(text.indexOf("2024-13-45"));
        });
    }

    @Test
    void diagnosticsOfCrlfTextPointIntoTheInputAsGiven() {
        String text = "\uFEFFtitle: Talks\r\ndate: yesterday\r\n\r\nThe ministers met.";
        ParseResult result = parser.parse(text);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(7);
            assertThat(d.offset()).isEqualTo(text.indexOf("yesterday"));
        });
    }

    @Test
    void strictModeParsesCleanInput() {
        PressReleaseParser strict = PressReleaseParser.builder().strict(true).build();
        assertThat(strict.parse(SAMPLE).diagnostics()).isEmpty();
    }

    // ---- batches ---------------------------------------------------------------------------

    @Test
    void parseAllReturnsOneResultPerFileInInputOrderWithTheBadOneFailed() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path file = dir.resolve("doc-" + (char) ('f' - i) + ".txt");
            if (i == 3) {
                Files.write(file, BAD_UTF8);
            } else {
                Files.writeString(file, SAMPLE.replace("energy", "energy " + i), StandardCharsets.UTF_8);
            }
            files.add(file);
        }

        for (PressReleaseParser p : List.of(parser, PressReleaseParser.builder().parallelism(1).build(),
                PressReleaseParser.builder().parallelism(4).build())) {
            List<FileResult> results = p.parseAll(files);

            assertThat(results).hasSize(6);
            assertThat(results).extracting(FileResult::file).containsExactlyElementsOf(files);
            assertThat(results).extracting(FileResult::isSuccess).containsExactly(true, true, true, false, true, true);
            FileResult bad = results.get(3);
            assertThat(bad.result()).isEmpty();
            assertThat(bad.error()).containsInstanceOf(ParseException.class);
            ParseException error = (ParseException) bad.error().orElseThrow();
            assertThat(error.source()).isEqualTo("doc-c");
            assertThat(error.diagnostic().code()).isEqualTo("input.encoding");
            assertThat(bad.toString()).contains("doc-c.txt").contains("byte offset 7");
            for (int i = 0; i < 6; i++) {
                if (i != 3) {
                    FileResult ok = results.get(i);
                    assertThat(ok.error()).isEmpty();
                    assertThat(ok.result().orElseThrow().release().id()).isEqualTo("doc-" + (char) ('f' - i));
                    assertThat(ok.result().orElseThrow().release().text()).contains("energy " + i);
                    assertThat(ok.toString()).endsWith(": ok");
                }
            }
        }
    }

    @Test
    void parseAllOfNothingIsEmpty() {
        assertThat(parser.parseAll(List.of())).isEmpty();
    }

    @Test
    void parseAllReportsAMissingFileAsAnIoError() {
        Path missing = dir.resolve("missing.txt");
        List<FileResult> results = parser.parseAll(List.of(missing));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.error()).containsInstanceOf(java.nio.file.NoSuchFileException.class);
        });
    }

    @Test
    void parseDirectoryWalksRecursivelyAndTakesOnlyTxtFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.writeString(dir.resolve("c.txt"), SAMPLE);
        Files.writeString(dir.resolve("a.txt"), SAMPLE);
        Files.writeString(dir.resolve("b/b1.txt"), SAMPLE);
        Files.writeString(dir.resolve("b/deeper/b2.txt"), SAMPLE);
        Files.writeString(dir.resolve("notes.md"), SAMPLE);
        Files.writeString(dir.resolve("a.gold.json"), "{}");
        Files.writeString(dir.resolve("b/readme"), SAMPLE);
        Files.createDirectories(dir.resolve("dir.txt"));

        List<FileResult> results = parser.parseDirectory(dir);

        assertThat(results).extracting(r -> dir.relativize(r.file()).toString().replace('\\', '/'))
                .containsExactly("a.txt", "b/b1.txt", "b/deeper/b2.txt", "c.txt");
        assertThat(results).allMatch(FileResult::isSuccess);
        assertThat(results).extracting(r -> r.result().orElseThrow().release().id())
                .containsExactly("a", "b/b1", "b/deeper/b2", "c");
    }

    @Test
    void parseDirectoryGivesFilesOfTheSameNameInDifferentFoldersDifferentIds() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), SAMPLE);
        Files.writeString(dir.resolve("b/x.txt"), SAMPLE);

        assertThat(parser.parseDirectory(dir)).extracting(r -> r.result().orElseThrow().release().id())
                .containsExactly("a/x", "b/x");
    }

    @Test
    void parseDirectoryReportsALinkLeadingNowhereByNameAndParsesTheRest() throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE);
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("gone.txt"));
        Files.writeString(dir.resolve("c.txt"), SAMPLE);

        List<FileResult> results = parser.parseDirectory(dir);

        assertThat(results).extracting(FileResult::file)
                .containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"), dir.resolve("c.txt"));
        assertThat(results).extracting(FileResult::isSuccess).containsExactly(true, false, true);
        assertThat(results.get(1).error()).containsInstanceOf(NoSuchFileException.class);
        assertThat(results.get(1).toString()).contains("b.txt");
    }

    @Test
    void parseDirectoryReportsAnUnreadableFolderByNameAndParsesTheRest() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("b-locked"));
        Files.writeString(locked.resolve("inside.txt"), SAMPLE);
        Files.writeString(dir.resolve("a.txt"), SAMPLE);
        Files.writeString(dir.resolve("c.txt"), SAMPLE);
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(locked);
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            List<FileResult> results = parser.parseDirectory(dir);

            assertThat(results.get(0).file()).isEqualTo(dir.resolve("a.txt"));
            assertThat(results.get(results.size() - 1).file()).isEqualTo(dir.resolve("c.txt"));
            FileResult middle = results.get(1);
            if (Files.isReadable(locked)) {
                // A privileged user (root) reads it all the same.
                assertThat(results).hasSize(3).allMatch(FileResult::isSuccess);
                assertThat(middle.file()).isEqualTo(locked.resolve("inside.txt"));
            } else {
                assertThat(results).hasSize(3);
                assertThat(middle.file()).isEqualTo(locked);
                assertThat(middle.error()).containsInstanceOf(AccessDeniedException.class);
                assertThat(results.get(0).isSuccess()).isTrue();
                assertThat(results.get(2).isSuccess()).isTrue();
            }
        } finally {
            Files.setPosixFilePermissions(locked, before);
        }
    }

    @Test
    void parseDirectoryOfAMissingDirectoryThrows() {
        assertThatThrownBy(() -> parser.parseDirectory(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void parseDirectoryOfAFileThrows() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), SAMPLE);
        assertThatThrownBy(() -> parser.parseDirectory(file)).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void aFileIsParsedUnderTheIdGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), SAMPLE);
        assertThat(parser.parse("2024/kz-us", file).release().id()).isEqualTo("2024/kz-us");
        assertThatThrownBy(() -> parser.parse(" ", file)).isInstanceOf(IllegalArgumentException.class);
        Path bad = Files.write(dir.resolve("bad.txt"), BAD_UTF8);
        assertThatThrownBy(() -> parser.parse("given", bad)).isInstanceOfSatisfying(ParseException.class,
                e -> assertThat(e.source()).isEqualTo("given"));
    }

    // ---- builder ---------------------------------------------------------------------------

    @Test
    void builderRejectsOutOfRangeOptions() {
        assertThatThrownBy(() -> PressReleaseParser.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputLength");
        assertThatThrownBy(() -> PressReleaseParser.builder().maxInputLength(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> PressReleaseParser.builder().maxHeaderLines(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHeaderLines");
        assertThatThrownBy(() -> PressReleaseParser.builder().parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> PressReleaseParser.builder().addTitle("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void maxInputLengthOfOneAcceptsOneCharacter() {
        PressReleaseParser tiny = PressReleaseParser.builder().maxInputLength(1).build();
        assertThat(tiny.parse("A").release().text()).isEqualTo("A");
        assertThatThrownBy(() -> tiny.parse("AB")).isInstanceOf(ParseException.class);
    }

    @Test
    void maxHeaderLinesLimitsTheHeaderBlock() {
        String text = "title: T\ndate: 2024-06-04\nsource: S\n\nThe ministers met.";
        PressReleaseParser two = PressReleaseParser.builder().maxHeaderLines(2).build();

        assertThat(parser.parse(text).release().headers()).hasSize(3);
        assertThat(two.parse(text).release().headers()).isEmpty();
    }

    @Test
    void aBuilderCanBuildSeveralParsers() {
        PressReleaseParser.Builder builder = PressReleaseParser.builder();
        PressReleaseParser lenient = builder.build();
        PressReleaseParser strict = builder.strict(true).build();
        String text = "date: 2024-13-45\n\nThe ministers met.";

        assertThat(lenient.parse(text).diagnostics()).hasSize(1);
        assertThatThrownBy(() -> strict.parse(text)).isInstanceOf(ParseException.class);
    }

    @Test
    void parserIsSafeToShareBetweenThreads() throws Exception {
        List<Thread> threads = new ArrayList<>();
        Collection<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        ids.add(parser.parse(SAMPLE).release().id());
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(errors).isEmpty();
        assertThat(ids).hasSize(1);
    }

    @Test
    void aMeetingWordAndATitleAddedThroughTheBuilderWorkInTheLeadAndInFurtherMeetings() {
        String text = "date 2024-06-04 Chief Negotiator Aigerim Bolatova convened a tri-party huddle with Minister"
                + " of Trade Arman Shakkaliyev in Astana.\n\nOn the same day, Chief Negotiator Bolatova also convened"
                + " a tri-party huddle with Ambassador of Japan Ichiro Ogasawara.";
        PressRelease plain = PressReleaseParser.create().parse(text).release();
        PressRelease extended = PressReleaseParser.builder()
                .addMeetingWord("tri-party huddle", io.github.readout.core.MeetingKind.ROUND_TABLE)
                .addTitle("Chief Negotiator")
                .build().parse(text).release();

        assertThat(plain.meetings()).noneMatch(m -> m.kind() == io.github.readout.core.MeetingKind.ROUND_TABLE);
        assertThat(extended.meetings()).hasSize(2);
        assertThat(extended.meetings()).allMatch(m -> m.kind() == io.github.readout.core.MeetingKind.ROUND_TABLE);
        assertThat(extended.meetings().get(0).participants()).extracting(p -> p.name() + " | " + p.title().orElse(""))
                .containsExactly("Aigerim Bolatova | Chief Negotiator", "Arman Shakkaliyev | Minister of Trade");
        assertThat(extended.meetings().get(1).participants()).extracting(p -> p.name())
                .containsExactly("Aigerim Bolatova", "Ichiro Ogasawara");
    }

    @Test
    void languageIsToldFromTheLettersOrForced() {
        String russian = "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром "
                + "иностранных дел Турции Хаканом Фиданом.";
        String english = "Foreign Minister Murat Nurtleu held talks with Foreign Minister Hakan Fidan.";
        PressReleaseParser parser = PressReleaseParser.create();

        ParseResult read = parser.parse(russian);

        assertThat(read.language()).isEqualTo(Language.RUSSIAN);
        assertThat(read.release().language()).hasValue("ru");
        assertThat(read.release().people()).extracting(p -> p.name()).containsExactly("Мурат Нуртлеу", "Хакан Фидан");
        assertThat(parser.parse(english).release().language()).hasValue("en");
        assertThat(PressReleaseParser.builder().language(Language.ENGLISH).build().parse(russian).release().people())
                .isEmpty();
        assertThat(Language.ofCode("RU")).hasValue(Language.RUSSIAN);
        assertThat(Language.ofCode("kk")).isEmpty();
    }

    @Test
    void listedOfficialsNamedBySurnameAloneArePeopleOfTheirCountry() {
        ParseResult result = PressReleaseParser.create().parse(" date 2025-08-15 TASS\n\n"
                + "Putin and Trump held a phone call on Friday. Lavrov said the sides discussed Ukraine.\n");

        assertThat(result.release().people()).extracting(p -> p.name() + " " + p.country().map(Object::toString).orElse(""))
                .containsExactly("Putin RU", "Trump US", "Lavrov RU");
        assertThat(result.release().mainMeeting().orElseThrow().participants()).extracting(p -> p.name())
                .containsExactly("Putin", "Trump");
    }

    @Test
    void aSurnameAloneInAnObliqueCaseIsThePersonNamedBeforeEvenWhenAListedOfficialIsWrittenSo() {
        PressRelease release = PressReleaseParser.create().parse(" date 2025-03-04 Вести\n\n"
                + "Губернатор Иван Захаров принял делегацию. Гости поблагодарили Захарова за прием.\n").release();

        assertThat(release.people()).extracting(p -> p.name()).containsExactly("Иван Захаров");
    }

    @Test
    void aCapitalisedNounOrAdjectiveOfABodyIsNoRussianName() {
        PressRelease release = PressReleaseParser.create().parse(" date 2025-03-04 Вести\n\n"
                + "Министр Иван Захаров встретился с Патрицией Ломбардо. Стороны обсудили проект новой Концепции"
                + " сотрудничества и работу Всероссийской федерации тенниса.\n").release();

        assertThat(release.people()).extracting(p -> p.name()).containsExactly("Иван Захаров", "Патриция Ломбардо");
    }

    @Test
    void aDecorationNamedAfterSomeoneIsNoPerson() {
        PressRelease release = PressReleaseParser.create().parse(" date 2025-03-04 Gazette\n\n"
                + "President Ivan Petrov awarded Ambassador Karl Weiss the Prince Omar Medal.\n").release();

        assertThat(release.people()).extracting(p -> p.name()).containsExactly("Ivan Petrov", "Karl Weiss");
    }

    @Test
    void anAirportWelcomeIsNoMeeting() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-06-23 Sputnik\n\n"
                + "At the airport of Tashkent, the guest was met by Prime Minister Abdulla Aripov.\n").release();

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aWelcomeToldRightAfterTheLandingIsNoMeeting() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-06-23 Sputnik\n\n"
                + "Самолет президента Беларуси совершил посадку в международном аэропорту Хараре. Гостя встретил"
                + " президент Зимбабве Тендай Мойо.\n").release();
        PressRelease english = PressReleaseParser.create().parse(" date 2024-06-23 Wire\n\n"
                + "The President's plane landed at the international airport of Harare. He was met by President of"
                + " Zimbabwe Tendai Moyo.\n").release();

        assertThat(release.meetings()).isEmpty();
        assertThat(english.meetings()).isEmpty();
    }

    @Test
    void aWelcomeAtThePlanesStepsIsNoMeeting() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-06-23 Sputnik\n\n"
                + "У трапа самолета гостя встретил премьер-министр Узбекистана Алишер Каримов.\n").release();

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aSentenceOfAnotherTimeGivesNoCity() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-09-17 MFA\n\n"
                + "President Kassym-Jomart Tokayev held talks with German Chancellor Olaf Scholz.\n\n"
                + "Recall that the first meeting of Tokayev and Scholz took place in September 2023 in Berlin.\n").release();

        assertThat(release.mainMeeting().orElseThrow().location()).isEmpty();
    }

    @Test
    void aSessionOfANamedBodyIsAMeetingThoughNobodyIsNamed() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-10-11 БЕЛТА\n\n"
                + "В Минске состоялось заседание Совета министров иностранных дел СНГ.\n").release();

        assertThat(release.meetings()).extracting(m -> m.kind().name()).containsExactly("MEETING");
        assertThat(release.mainMeeting().orElseThrow().location().map(p -> p.name())).hasValue("Минск");
    }

    @Test
    void officialsNamedByTheirCountriesAfterAWordForCounterpartsAreMetOneByOne() {
        PressRelease release = PressReleaseParser.create().parse(" date 2022-07-08 teleSUR\n\n"
                + "Russian Foreign Minister Pavel Orlov held bilateral meetings with the foreign affairs ministers from"
                + " Brazil, Mexico and Indonesia.\n").release();

        assertThat(release.meetings()).extracting(m -> m.countries().toString())
                .containsExactly("[RU, BR]", "[RU, MX]", "[RU, ID]");
    }

    @Test
    void aFurtherMeetingWithTheLeadersOfSeveralCountriesIsOneMeetingWithEach() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-07-10 KBS\n\n"
                + "President Yoon Suk Yeol held talks with German Chancellor Olaf Scholz in Washington on Wednesday.\n\n"
                + "Yoon also held separate talks with the leaders of Canada, the Netherlands and Japan.\n").release();

        assertThat(release.meetings()).extracting(m -> m.countries().toString())
                .containsExactly("[KR, DE]", "[KR, CA]", "[KR, NL]", "[KR, JP]");
        assertThat(release.meetings().get(3).participants()).extracting(p -> p.name()).containsExactly("Yoon Suk Yeol");
    }

    @Test
    void russianFramesOfAHeldMeetingReportIt() {
        PressRelease call = PressReleaseParser.create().parse(" date 2021-08-20 МИД КР\n\n"
                + "Министр иностранных дел Таджикистана Фаррух Назаров в телефонном разговоре поблагодарил министра"
                + " иностранных дел Армении Арама Гукасяна за поддержку на выборах в ЮНЕСКО.\n").release();
        PressRelease meeting = PressReleaseParser.create().parse(" date 2024-10-12 ИРНА\n\n"
                + "Президент Ирана Масуд Пезешкиан на встрече с президентом Туркменистана Сердаром Бердымухамедовым"
                + " заявил, что сотрудничество должно развиваться.\n").release();

        assertThat(call.meetings()).extracting(m -> m.kind().name()).containsExactly("PHONE_CALL");
        assertThat(meeting.meetings()).extracting(m -> m.countries().toString()).containsExactly("[IR, TM]");
    }

    @Test
    void aFrameToldInTheFutureOrATripToAttendIsNoMeeting() {
        PressRelease future = PressReleaseParser.create().parse(" date 2008-02-10 МИД\n\n"
                + "На заседании коллегий министров иностранных дел России и Белоруссии будет принята программа.\n").release();
        PressRelease trip = PressReleaseParser.create().parse(" date 2024-12-19 24.kg\n\n"
                + "Премьер-министр Беларуси Александр Турчин прибыл в Чолпон-Ату для участия в заседании"
                + " Евразийского межправительственного совета.\n").release();

        assertThat(future.meetings()).isEmpty();
        assertThat(trip.meetings()).isEmpty();
    }

    @Test
    void aReceptionOfOfficesIsAMeetingButTakingPartIsNot() {
        PressRelease received = PressReleaseParser.create().parse(" date 2023-05-04 Акорда\n\n"
                + "Президент Касым-Жомарт Токаев принял послов России и Китая.\n").release();
        PressRelease summit = PressReleaseParser.create().parse(" date 2021-12-28 Акорда\n\n"
                + "Президент Казахстана Касым-Жомарт Токаев принял участие в неформальной встрече лидеров СНГ"
                + " в городе Санкт-Петербург.\n").release();

        assertThat(received.meetings()).extracting(m -> m.kind().name() + " " + m.countries())
                .containsExactly("MEETING [KZ, RU]", "MEETING [KZ, CN]"); // ambassadors of two countries: one meeting each
        assertThat(summit.meetings()).extracting(m -> m.kind().name()).containsExactly("SUMMIT");
        assertThat(summit.mainMeeting().orElseThrow().location().map(p -> p.name())).hasValue("Санкт-Петербург");
    }

    @Test
    void aDelegationReceivedAndADiscussionOnADayAreMeetings() {
        PressRelease delegation = PressReleaseParser.create().parse(" date 2024-05-14 Хроника\n\n"
                + "Президент Армении Ваге Саркисян принял делегацию, возглавляемую министром иностранных дел Мальты"
                + " Яном Боргом.\n").release();
        PressRelease discussed = PressReleaseParser.create().parse(" date 2024-05-18 Хроника\n\n"
                + "Министр иностранных дел Турции Мехмет Озкан обсудил в субботу с российским коллегой Сергеем"
                + " Лавровым ситуацию в регионе.\n").release();

        assertThat(delegation.meetings()).singleElement()
                .satisfies(m -> assertThat(m.countries()).extracting(Object::toString).containsExactly("AM", "MT"));
        assertThat(discussed.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .extracting(p -> p.name()).containsExactly("Мехмет Озкан", "Сергей Лавров"));
    }

    @Test
    void talksStillToBeginAfterAnArrivalAreNoMeeting() {
        PressRelease release = PressReleaseParser.create().parse(" date 2022-05-10 Хроника\n\n"
                + "Президент Кыргызстана Айбек Осмонов прибыл в Венгрию с государственным визитом.\n\n"
                + "Прежде чем начать переговоры с венгерским коллегой, Айбек Осмонов посетил национальный музей.\n").release();

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void whatIsPlannedAfterASummitIsNoMeetingHeld() {
        PressRelease release = PressReleaseParser.create().parse(" date 2022-09-15 Хроника\n\n"
                + "Президент Касым-Жомарт Токаев с рабочим визитом прибыл в Самарканд.\n\n"
                + "По итогам саммита планируется принятие ряда документов.\n").release();

        assertThat(release.meetings()).isEmpty();
    }

    @Test
    void aRegularSessionTakenPartInTodayIsHeld() {
        PressRelease release = PressReleaseParser.create().parse(" date 2025-09-01 Хроника\n\n"
                + "Президент Таджикистана Фаррух Назаров сегодня принимает участие в очередном заседании Совета глав"
                + " государств СНГ в г. Ашхабад.\n").release();

        assertThat(release.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind().name()).isEqualTo("SUMMIT");
            assertThat(m.location().map(p -> p.name())).hasValue("Ашхабад");
        });
    }

    @Test
    void aMediumNamedInLatinLettersInARussianReleaseIsNoPerson() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-05-14 Хроника\n\n"
                + "Консультации проводятся регулярно, пояснили в министерстве.\nРанее автор публикации в Global Times"
                + " отметил, что союз двух стран важен.\n").release();

        assertThat(release.people()).isEmpty();
    }

    @Test
    void aNameAfterATitleWithAnAsideIsReadInTheTitlesCase() {
        PressRelease release = PressReleaseParser.create().parse(" date 2017-12-15 1tv\n\n"
                + "Ираклий Кобахидзе встретился с председателем парламента Эстонии (Риигикогу) Эйки Нестором.\n").release();

        assertThat(release.people()).extracting(p -> p.name()).containsExactly("Ираклий Кобахидзе", "Эйки Нестор");
    }

    @Test
    void aCityAfterAPeoplesAdjectiveIsWhereTheMeetingWas() {
        PressRelease release = PressReleaseParser.create().parse(" date 2019-05-07 РИА Новости\n\n"
                + "Глава МИД РФ Сергей Лавров провел беседу с госсекретарем США Майком Помпео в финском Рованиеми.\n").release();

        assertThat(release.mainMeeting().orElseThrow().location()).hasValueSatisfying(place -> {
            assertThat(place.name()).isEqualTo("Рованиеми");
            assertThat(place.country().map(Object::toString)).hasValue("FI");
        });
    }

    @Test
    void aFullNameWrittenBeforeATitledSurnameIsThePersonsName() {
        PressRelease release = PressReleaseParser.create().parse(" date 2020-09-09 Kazinform\n\n"
                + "The meeting of Kazakh Foreign Minister Daulet Sarsenov and Pavel Orlov has begun in Moscow.\n\n"
                + "Opening the talks, Minister Orlov greeted his guest.\n").release();

        assertThat(release.people()).extracting(p -> p.name())
                .containsExactlyInAnyOrder("Daulet Sarsenov", "Pavel Orlov");
    }

    @Test
    void aPronounSubjectIsThePersonNamedBeforeAndASpeakerTakesNoPart() {
        PressRelease release = PressReleaseParser.create().parse(" date 2023-11-18 Gazette\n\n"
                + "Chinese Foreign Minister Zhou Ming is on a visit to the United States. Here he met US Secretary of State"
                + " Mark Whitfield on Friday.\n\n"
                + "Spokesperson Laura Bennett told the press that Secretary of State Mark Whitfield hosted Foreign"
                + " Minister Zhou Ming at the State Department.\n").release();

        assertThat(release.meetings()).hasSize(1);
        assertThat(release.mainMeeting().orElseThrow().participants()).extracting(p -> p.name())
                .containsExactly("Zhou Ming", "Mark Whitfield");
    }

    @Test
    void aTitleWordInsideAListedOfficialsNameIsPartOfTheName() {
        PressRelease release = PressReleaseParser.create().parse(" date 2023-04-13 MFA\n\n"
                + "Uzbek Foreign Minister Bakhtiyor Saidov met with Iranian Foreign Minister Hossein Amir Abdollahian"
                + " in Samarkand.\n").release();

        assertThat(release.people()).extracting(p -> p.name() + " / " + p.title().orElse(""))
                .containsExactly("Bakhtiyor Saidov / Foreign Minister", "Hossein Amir Abdollahian / Foreign Minister");
    }

    @Test
    void aTitleAfterANamesCommaThatANameFollowsIsTheNextPersons() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-06-10 Kazinform\n\n"
                + "At the invitation of Kassym-Jomart Tokayev, Austrian President Karl Steiner paid a state visit"
                + " to Kazakhstan.\n").release();

        assertThat(release.people()).extracting(p -> p.name() + " / " + p.title().orElse("") + " / "
                + p.country().map(Object::toString).orElse(""))
                .containsExactlyInAnyOrder("Kassym-Jomart Tokayev /  / KZ", "Karl Steiner / President / AT");
    }

    @Test
    void twoLeadersWhoMetAtANamedSummitHeldAMeeting() {
        PressRelease release = PressReleaseParser.create().parse(" date 2024-06-14 GOV.UK\n\n"
                + "Prime Minister Rishi Sunak met with President Joe Biden at the G7 Summit in Italy today.\n").release();

        assertThat(release.mainMeeting().orElseThrow().kind().name()).isEqualTo("MEETING");
        assertThat(release.mainMeeting().orElseThrow().name()).isEmpty();
    }

    @Test
    void aGatheringTheSubjectOfABilateralMeetingAttendedIsAMeetingOfItsOwn() {
        PressRelease release = PressReleaseParser.create().parse(" date 2022-12-02 Report\n\n"
                + "Министр иностранных дел Армении Арам Гукасян в рамках участия в 31-м заседании Совета министров"
                + " ОБСЕ встретился с главой МИД Португалии Жуаном Соаришем.\n").release();

        assertThat(release.meetings()).extracting(m -> m.kind().name() + " " + m.countries())
                .containsExactly("MEETING [AM, PT]", "MEETING [AM]");
    }

    @Test
    void aCityAfterTheAbbreviationOfCityIsWhereTheMeetingWas() {
        for (String city : List.of("в г. Душанбе", "в г.Душанбе")) {
            PressRelease release = PressReleaseParser.create().parse(" date 2014-07-31 Кабар\n\n"
                    + "30 июля " + city + " министр иностранных дел Кыргызстана Эрлан Абдылдаев встретился с министром"
                    + " иностранных дел России Сергеем Лавровым.\n").release();

            var meeting = release.mainMeeting().orElseThrow();
            assertThat(meeting.location().map(p -> p.name())).as(city).hasValue("Душанбе");
            assertThat(meeting.date().flatMap(d -> d.value()).map(Object::toString)).as(city).hasValue("2014-07-30");
        }
    }

    @Test
    void aPlaceTheVisitorArrivedInJustBeforeIsWhereTheMeetingWas() {
        PressRelease release = PressReleaseParser.create().parse(" date 2023-03-02 ТВ\n\n"
                + "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Грузию. Визит продлится два дня.\n"
                + "Министр приехал в правительство, где встретился с премьер-министром Ираклием Гарибашвили.\n").release();

        assertThat(release.mainMeeting().orElseThrow().location().map(p -> p.name())).hasValue("Грузия");
    }

    @Test
    void townsSpelledTwoWaysAreBothKnown() {
        for (String[] town : new String[][] {{"в Чолпан-Ате", "Чолпан-Ата"}, {"в Анталии", "Анталия"}}) {
            PressRelease release = PressReleaseParser.create().parse(" date 2024-06-30 ТВ\n\n"
                    + "Министр иностранных дел Казахстана Мурат Нуртлеу встретился " + town[0]
                    + " с министром иностранных дел России Сергеем Лавровым.\n").release();

            assertThat(release.mainMeeting().orElseThrow().location().map(p -> p.name())).hasValue(town[1]);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Baku. 17 December. REPORT.AZ/ | Baku", "Addis Ababa — : | Addis Ababa"})
    void aDatelineClosedByAnAgencysSlashOrADashAndColonIsRead(String dateline, String place) {
        PressRelease release = PressReleaseParser.create().parse(dateline + " Foreign Minister Ana Costa met Ambassador"
                + " Jan Novak of Poland.\n").release();

        assertThat(release.dateline().map(d -> d.place())).hasValue(place);
    }

    @Test
    void aDatelineGluedToThePagesTimeStampIsRead() {
        PressRelease release = PressReleaseParser.create().parse("Гости в столице12.03.2022 10:15АЛМАТЫ, 12 марта. /АГЕНТСТВО/. "
                + "11 марта министр иностранных дел Казахстана Мухтар Тлеуберди встретился с послом Японии.\n").release();

        assertThat(release.dateline().map(d -> d.place())).hasValue("АЛМАТЫ");
        assertThat(release.mainMeeting().orElseThrow().location().map(p -> p.name())).hasValue("Алматы");
    }
}
