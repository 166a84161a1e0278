package io.github.readout.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.readout.core.InvalidJsonException;
import io.github.readout.core.PressRelease;
import io.github.readout.core.ReadoutJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Lean JSON drops the body text, keeps every span, and reads back given the text. */
class LeanJsonTest {

    private static PressRelease seed() {
        return Corpora.releases(Path.of("../seeds")).get(0);
    }

    @Test
    void everyReleaseOfEveryCorpusReadsBackEqualGivenItsText() throws Exception {
        for (PressRelease release : Corpora.all()) {
            String lean = ReadoutFormats.leanJson(release);
            JsonNode tree = ReadoutJson.mapper().readTree(lean);
            JsonNode full = ReadoutJson.mapper().readTree(ReadoutJson.write(release));
            assertThat(tree.has("text")).isFalse();
            assertThat(tree.path("meetings")).isEqualTo(full.path("meetings"));
            assertThat(tree.path("paragraphs")).isEqualTo(full.path("paragraphs"));
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(release.text().getBytes(StandardCharsets.UTF_8)));
            assertThat(tree.path("textSha256").asText()).isEqualTo(digest);
            assertThat(ReadoutFormats.readLeanJson(lean, release.text())).as(release.id()).isEqualTo(release);
            assertThat(ReadoutFormats.readLeanJson(ReadoutFormats.leanJsonPretty(release), release.text()))
                    .isEqualTo(release);
        }
    }

    @Test
    void anotherTextIsRejectedByItsLengthOrItsDigest() {
        PressRelease release = seed();
        String lean = ReadoutFormats.leanJson(release);
        assertThatThrownBy(() -> ReadoutFormats.readLeanJson(lean, release.text() + " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textLength is 2409");
        String sameLength = "X" + release.text().substring(1);
        assertThatThrownBy(() -> ReadoutFormats.readLeanJson(lean, sameLength))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textSha256 is");
    }

    @Test
    void fullJsonOrBrokenJsonIsNoLeanJson() {
        PressRelease release = seed();
        assertThatThrownBy(() -> ReadoutFormats.readLeanJson(ReadoutJson.write(release), release.text()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textLength and textSha256");
        assertThatThrownBy(() -> ReadoutFormats.readLeanJson("{\"id\":", release.text()))
                .isInstanceOf(InvalidJsonException.class).hasMessageContaining("line 1");
        String badSpan = ReadoutFormats.leanJson(release).replace("\"start\":21,\"end\":312", "\"start\":21,\"end\":9999");
        assertThatThrownBy(() -> ReadoutFormats.readLeanJson(badSpan, release.text()))
                .isInstanceOf(InvalidJsonException.class);
    }
}
