package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputDecoderTest {

    @Test
    void crlfBecomesLf() {
        assertThat(InputDecoder.normalize("a\r\nb\r\n\r\nc\r\n")).isEqualTo("a\nb\n\nc\n");
    }

    @Test
    void loneCrBecomesLf() {
        assertThat(InputDecoder.normalize("a\rb\r\rc")).isEqualTo("a\nb\n\nc");
    }

    @Test
    void mixedLineBreaksBecomeLf() {
        assertThat(InputDecoder.normalize("a\r\nb\rc\nd\n\r\ne")).isEqualTo("a\nb\nc\nd\n\ne");
    }

    @Test
    void leadingByteOrderMarkIsRemoved() {
        assertThat(InputDecoder.normalize("\uFEFFdate 2024-06-04")).isEqualTo("date 2024-06-04");
        assertThat(InputDecoder.normalize("\uFEFFa\r\nb")).isEqualTo("a\nb");
        assertThat(InputDecoder.normalize("\uFEFF")).isEmpty();
    }

    @Test
    void tabsAndOtherTextAreKept() {
        String text = "\tdate 2024-06-06\n\tThe ministers met\tin Beijing.\n\u00A0«Türkiye» – Péter Szijjártó";
        assertThat(InputDecoder.normalize(text)).isSameAs(text);
    }

    @Test
    void nulIsBinary() {
        assertThatThrownBy(() -> InputDecoder.normalize("abc\u0000def"))
                .isInstanceOfSatisfying(InputDecoder.NotText.class, e -> {
                    assertThat(e.code()).isEqualTo("input.binary");
                    assertThat(e.offset()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("U+0000").contains("offset 3");
                });
    }

    @Test
    void otherControlCharactersAreBinary() {
        assertThatThrownBy(() -> InputDecoder.normalize("a\u0001b"))
                .isInstanceOfSatisfying(InputDecoder.NotText.class, e -> assertThat(e.code()).isEqualTo("input.binary"));
    }

    @Test
    void decodesUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = "Péter – «Türkiye»".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(InputDecoder.decodeUtf8(plain)).isEqualTo("Péter – «Türkiye»");
        assertThat(InputDecoder.normalize(InputDecoder.decodeUtf8(withBom))).isEqualTo("Péter – «Türkiye»");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, 0x28, 'd'};
        assertThatThrownBy(() -> InputDecoder.decodeUtf8(bytes))
                .isInstanceOfSatisfying(InputDecoder.NotText.class, e -> {
                    assertThat(e.code()).isEqualTo("input.encoding");
                    assertThat(e.offset()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("0xC3").contains("byte offset 3");
                });
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsNotText() {
        byte[] bytes = {'a', 'b', (byte) 0xC3};
        assertThatThrownBy(() -> InputDecoder.decodeUtf8(bytes))
                .isInstanceOfSatisfying(InputDecoder.NotText.class, e -> {
                    assertThat(e.code()).isEqualTo("input.encoding");
                    assertThat(e.getMessage()).contains("byte offset 2");
                });
    }
}
