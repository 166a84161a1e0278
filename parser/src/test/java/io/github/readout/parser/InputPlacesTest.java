package io.github.readout.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.readout.core.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where a diagnostic points: its offset is a UTF-16 offset into the input as given (a byte-order
 * mark and the CR of a CRLF count), its line and column are those an editor shows (LF, CRLF and CR
 * end a line; the byte-order marks that open the input take no column), for every kind of
 * input and every problem, encoding errors included, whose byte offset the message names.
 */
class InputPlacesTest {

    private static final PressReleaseParser PARSER = PressReleaseParser.create();

    private static Diagnostic only(ParseResult result) {
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void anOffsetCountsTheByteOrderMarkAndEveryCarriageReturn() {
        String text = "\uFEFFtitle: Talks\r\nsource: MFA\rdate: 2024-13-45\r\n\r\nThe ministers met.";
        Diagnostic d = only(PARSER.parse(text));
        assertThat(d.code()).isEqualTo("header.date.invalid");
        assertThat(d.offset()).isEqualTo(text.indexOf("2024-13-45"));
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(7);
    }

    @Test
    void lineBreaksOfEveryKindPlaceTheSameProblemAlike() throws IOException {
        String lf = "title: Talks\n\n\nThe ministers met.\n\nThey agreed.\n\nThey left.";
        PressReleaseParser few = PressReleaseParser.builder().maxParagraphs(2).build();
        for (String text : new String[] {lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r"), "\uFEFF" + lf}) {
            Diagnostic d = few.parse(text).diagnostics().get(0);
            assertThat(d.code()).isEqualTo("body.too-many-paragraphs");
            assertThat(text.substring(d.offset())).startsWith("They left.");
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.column()).isEqualTo(1);
            Diagnostic fromReader = few.parse(new StringReader(text)).diagnostics().get(0);
            assertThat(fromReader).isEqualTo(d);
        }
    }

    @Test
    void aBinaryCharacterIsPlacedLikeAnyOtherProblem() {
        String text = "\uFEFFThe ministers\rmet\r\n to\u0000day.";
        ParseException e = catchThrowableOfType(ParseException.class, () -> PARSER.parse("id", text));
        assertThat(e.diagnostic().code()).isEqualTo("input.binary");
        assertThat(e.diagnostic().offset()).isEqualTo(text.indexOf('\u0000'));
        assertThat(e.diagnostic().line()).isEqualTo(3);
        assertThat(e.diagnostic().column()).isEqualTo(4);
    }

    @Test
    void anEncodingErrorNamesItsByteOffsetAndCountsItsColumnInCharacters() {
        // "é" and "€" take two and three bytes: the bad byte is byte 11 but character 7 of the text.
        byte[] good = "ab\r\né€x".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = '(';
        bytes[good.length + 2] = 'd';
        ParseException e = catchThrowableOfType(ParseException.class,
                () -> PARSER.parse(new ByteArrayInputStream(bytes)));
        Diagnostic d = e.diagnostic();
        assertThat(d.code()).isEqualTo("input.encoding");
        assertThat(d.message()).contains("byte offset " + good.length).contains("0xC3");
        assertThat(d.offset()).isEqualTo("ab\r\né€x".length());
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(4);
    }

    @Test
    void twoByteOrderMarksKeepTheDateHeader() throws IOException {
        String body = "date 2024-06-04 Images | Kazakh MFA\n\nForeign Minister Murat Nurtleu met Ambassador Daniel Rosenblum.";
        PressReleaseParser parser = PressReleaseParser.create();
        for (String text : new String[] {"\uFEFF\uFEFF" + body, "\uFEFF\uFEFF\uFEFF" + body}) {
            ParseResult fromText = parser.parse(text);
            assertThat(fromText.release().published()).hasValue(LocalDate.of(2024, 6, 4));
            assertThat(fromText.release().text()).isEqualTo(parser.parse(body).release().text());
            ParseResult fromBytes = parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(fromBytes.release().published()).hasValue(LocalDate.of(2024, 6, 4));
        }
    }
}
