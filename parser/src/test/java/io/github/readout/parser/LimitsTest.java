package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.readout.core.Diagnostic;
import io.github.readout.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of one parse: the largest input, the longest header block, the most paragraphs. */
class LimitsTest {

    @Test
    void defaultsAreFarAboveAnyRealRelease() {
        assertThat(PressReleaseParser.DEFAULT_MAX_INPUT_LENGTH).isEqualTo(8 * 1024 * 1024);
        assertThat(PressReleaseParser.DEFAULT_MAX_HEADER_LINES).isEqualTo(64);
        assertThat(PressReleaseParser.DEFAULT_MAX_PARAGRAPHS).isEqualTo(100_000);
    }

    @Test
    void tooManyParagraphsStopsReadingInLenientMode() {
        PressReleaseParser parser = PressReleaseParser.builder().maxParagraphs(3).build();
        String text = "date 2024-06-04 One.\n\nTwo.\n\nThree.\n\nFour: Minister Akan Rakhmetullin met.\n\nFive.";

        ParseResult result = parser.parse("many", text);

        assertThat(result.release().paragraphs()).hasSize(3);
        assertThat(result.release().people()).isEmpty();
        assertThat(result.release().text()).endsWith("Five."); // the text is kept whole
        assertThat(result.hasErrors()).isTrue();
        Diagnostic diagnostic = result.diagnostics().get(result.diagnostics().size() - 1);
        assertThat(diagnostic.code()).isEqualTo("body.too-many-paragraphs");
        assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
        assertThat(diagnostic.message()).contains("3");
        assertThat(diagnostic.line()).isEqualTo(7);
        assertThat(diagnostic.column()).isEqualTo(1);
        assertThat(text.substring(diagnostic.offset())).startsWith("Four:");
        ReleaseChecks.assertSane(result, text);
    }

    @Test
    void tooManyParagraphsThrowsInStrictMode() {
        PressReleaseParser parser = PressReleaseParser.builder().maxParagraphs(2).strict(true).build();
        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse("many", "A.\n\nB.\n\nC."));
        assertThat(e).isNotNull();
        assertThat(e.diagnostic().code()).isEqualTo("body.too-many-paragraphs");
        assertThat(e.diagnostic().line()).isEqualTo(5);
        assertThat(e.source()).isEqualTo("many");
    }

    @Test
    void exactlyTheLimitIsFine() {
        PressReleaseParser parser = PressReleaseParser.builder().maxParagraphs(3).strict(true).build();
        assertThat(parser.parse("A.\n\nB.\n\nC.").release().paragraphs()).hasSize(3);
        // Blank lines, however many, are no paragraphs.
        assertThat(parser.parse("A.\n\n\n\n\n\nB.\n\n \n\t\nC.\n\n\n").diagnostics()).isEmpty();
    }

    @Test
    void aHeaderBlockOverTheLimitIsBodyTextWithAWarning() {
        String text = "title: T\ndate: 2024-06-04\nsource: S\n\nThe ministers met.";
        PressReleaseParser two = PressReleaseParser.builder().maxHeaderLines(2).build();

        ParseResult result = two.parse(text);
        assertThat(result.release().headers()).isEmpty();
        assertThat(result.release().published()).isEmpty();
        assertThat(result.release().text()).startsWith("title: T");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("header.too-many-lines");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("2 lines");
        });

        PressReleaseParser strict = PressReleaseParser.builder().maxHeaderLines(2).strict(true).build();
        assertThatThrownBy(() -> strict.parse(text)).isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).diagnostic().code()).isEqualTo("header.too-many-lines"));

        // Lines that are no header block (no known key) are body text without a warning.
        assertThat(two.parse("alpha: 1\nbeta: 2\ngamma: 3\n\nText.").diagnostics()).isEmpty();
    }

    @Test
    void inputOverTheLimitIsRejectedInEveryForm(@TempDir Path dir) throws Exception {
        PressReleaseParser parser = PressReleaseParser.builder().maxInputLength(10).build();
        assertThat(parser.parse("0123456789").release().text()).isEqualTo("0123456789");
        for (ParseException e : new ParseException[] {
            catchThrowableOfType(ParseException.class, () -> parser.parse("01234567890")),
            catchThrowableOfType(ParseException.class, () -> parser.parse(new java.io.StringReader("01234567890"))),
            catchThrowableOfType(ParseException.class, () -> parser.parse(Files.writeString(dir.resolve("big.txt"), "01234567890")))
        }) {
            assertThat(e).isNotNull();
            assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
            assertThat(e.diagnostic().message()).contains("10");
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> PressReleaseParser.builder().maxParagraphs(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxParagraphs");
        assertThatThrownBy(() -> PressReleaseParser.builder().maxHeaderLines(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHeaderLines");
        assertThatThrownBy(() -> PressReleaseParser.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxInputLength");
    }

    /** A stream that never ends, like a device or a pipe that is never closed; counts what is read. */
    private static final class EndlessStream extends java.io.InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        PressReleaseParser parser = PressReleaseParser.builder().maxInputLength(1_000).build();
        EndlessStream endless = new EndlessStream();

        ParseException e = catchThrowableOfType(ParseException.class, () -> parser.parse(endless));

        assertThat(e).isNotNull();
        assertThat(e.diagnostic().code()).isEqualTo("input.too-large");
        assertThat(endless.read).isLessThan(1_000 + 8_192 + 1);
    }

    @Test
    void aStreamWithinTheLimitIsParsedLikeItsText() throws Exception {
        PressReleaseParser parser = PressReleaseParser.create();
        String text = "\uFEFF date 2024-06-04 Foreign Minister Murat Nurtleu met Ambassador Daniel Rosenblum.";
        ParseResult fromStream = parser.parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ParseResult fromText = parser.parse(text.substring(1));
        assertThat(fromStream.release().meetings()).isEqualTo(fromText.release().meetings());
        assertThat(fromStream.release().published()).isPresent();
    }

    @Test
    void invalidUtf8FromAStreamNamesItsByteOffset() {
        byte[] bytes = {'a', 'b', '\n', 'c', (byte) 0xC3, '(', 'd'};
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> PressReleaseParser.create().parse(new java.io.ByteArrayInputStream(bytes)));
        assertThat(e).isNotNull();
        assertThat(e.diagnostic().offset()).isEqualTo(4);
        assertThat(e.diagnostic().line()).isEqualTo(2);
    }

    @Test
    void aFileWithABlankBaseNameIsParsedUnderAHashId(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(" .txt"), "Foreign Minister Murat Nurtleu met Ambassador Daniel Rosenblum.");
        ParseResult result = PressReleaseParser.create().parse(file);
        assertThat(result.release().id()).isNotBlank();
        assertThat(result.release().meetings()).hasSize(1);
    }
}
